using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.Telemetry;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Functions.Digest;
using NudgeService.Integration.Tests.Connect;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;
using SentMessage = NudgeService.Sandbox.SendGrid.SentMessage;

namespace NudgeService.Integration.Tests.Digest.Journey;

/// <summary>
/// A persona generated to stand minutes before its first digest slot, connected through the real
/// pages, with the timer and queue functions run as the Functions host would run them.
/// </summary>
internal sealed class PersonaAtSlot(ServiceEnvironment environment, Mailbox mailbox, GroundTruth truth, DateTimeOffset slot, ServiceProvider services) : IAsyncDisposable
{
    public Mailbox Mailbox => mailbox;

    public DateTimeOffset Slot => slot;

    public string UserId => ConnectSteps.UserIdOf(mailbox);

    public ServiceProvider Services => services;

    public GroundTruth Truth => truth;

    /// <param name="change">What to change in the generated mailbox before it is connected.</param>
    /// <param name="after">The slot is the first one after this instant (now by default).</param>
    public static async Task<PersonaAtSlot> ConnectAsync(ServiceEnvironment environment, PersonaSize size, int seed, Func<MailboxSeed, MailboxSeed>? change = null, DateTimeOffset? after = null)
    {
        var (seeded, slot) = Generate(size, seed, after ?? DateTimeOffset.UtcNow);
        if (change is not null) seeded = change(seeded);
        var mailbox = await environment.Stack.ConnectAsync(seeded);
        var services = environment.Stack.ServicesFor(mailbox);
        if (after is not null)
        {
            // The pages connected it on their own clock; the schedule follows the mailbox's.
            var account = (await services.GetRequiredService<IUserStore>().FindAsync(ConnectSteps.UserIdOf(mailbox), CancellationToken.None))!;
            await services.GetRequiredService<ScheduleEntries>().StartAsync(account, slot.AddMinutes(-10), CancellationToken.None);
        }
        return new PersonaAtSlot(environment, mailbox, seeded.GroundTruth!, slot, services);
    }

    /// <summary>The same, connected through another host of the endpoints, whose settings the services share.</summary>
    public static async Task<PersonaAtSlot> ConnectThroughAsync(ServiceEnvironment environment, LocalWebHost web, IReadOnlyDictionary<string, string?> settings, PersonaSize size, int seed)
    {
        var (seeded, slot) = Generate(size, seed, DateTimeOffset.UtcNow);
        var mailbox = environment.Sandbox.AddMailbox(seeded);
        await LocalConnection.ConnectAsync(web.BaseUrl, mailbox, environment.Sandbox.Certificate, CancellationToken.None);
        return new PersonaAtSlot(environment, mailbox, seeded.GroundTruth!, slot, LocalServices.Create(settings, new MailboxTime(mailbox), environment.Logs));
    }

    private static (MailboxSeed Seeded, DateTimeOffset Slot) Generate(PersonaSize size, int seed, DateTimeOffset after)
    {
        var zone = TimeZones.Of(PersonaGenerator.OwnerTimeZone(seed));
        var slot = new DigestSlot(DayOfWeek.Monday, 8).Next(zone, after);
        return (PersonaGenerator.Generate(size, seed, slot.AddMinutes(-10)), slot);
    }

    public void PlayClockTo(DateTimeOffset at) => mailbox.Clock.Set(at);

    public Task RunTimerAsync() =>
        new DigestScheduleFunction(services.GetRequiredService<DueDigestJobs>()).Run(new TimerInfo(), CancellationToken.None);

    /// <summary>Takes every queued job, returning this user's and dropping the rest (other tests' users).</summary>
    /// <param name="queueName">digest-jobs, or first-look-jobs.</param>
    public async Task<IReadOnlyList<string>> TakeJobsAsync(string queueName = IDigestJobQueue.Name)
    {
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        var mine = new List<string>();
        while (true)
        {
            QueueMessage[] batch = await queue.ReceiveMessagesAsync(maxMessages: 32);
            if (batch.Length == 0) return mine;
            foreach (var message in batch)
            {
                if (message.MessageText.Contains(UserId, StringComparison.Ordinal)) mine.Add(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    public async Task RunJobAsync(string message)
    {
        await using var scope = services.CreateAsyncScope();
        await new DigestJobFunction(scope.ServiceProvider.GetRequiredService<WeeklyDigest>(), services.GetRequiredService<NudgeMetrics>()).Run(message, dequeueCount: 1, CancellationToken.None);
    }

    public async Task RunFirstLookAsync(string message, long dequeueCount = 1)
    {
        await using var scope = services.CreateAsyncScope();
        await new FirstLookJobFunction(scope.ServiceProvider.GetRequiredService<FirstLook>(), services.GetRequiredService<NudgeMetrics>()).Run(message, dequeueCount, CancellationToken.None);
    }

    public QueueClient Queue(string name) => services.GetRequiredService<QueueServiceClient>().GetQueueClient(name);

    public IReadOnlyList<SentMessage> Digests() =>
        [.. environment.EmailsTo(mailbox).Where(message => message.Categories.Contains("digest"))];

    public IReadOnlyList<SentMessage> Reviews() =>
        [.. environment.EmailsTo(mailbox).Where(message => message.Categories.Contains("review"))];

    public Task<IReadOnlyList<Nudge>> NudgesAsync() =>
        services.GetRequiredService<INudgeStore>().WeekAsync(UserId, DigestWeek.Of(slot, TimeZones.Of(mailbox.Owner.TimeZone)), CancellationToken.None);

    public Task<DigestRecord?> RecordAsync() =>
        services.GetRequiredService<IDigestStore>().FindAsync(UserId, DigestWeek.Of(slot, TimeZones.Of(mailbox.Owner.TimeZone)), CancellationToken.None);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
