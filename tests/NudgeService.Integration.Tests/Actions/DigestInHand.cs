using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Digest;
using NudgeService.Application.People;
using NudgeService.Application.Sync;
using NudgeService.Application.Web;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>A persona's first weekly digest, delivered to the sandbox outbox, with the links it carries and what they point at.</summary>
internal sealed partial class DigestInHand(ServiceEnvironment environment, PersonaAtSlot persona, SentMessage digest) : IAsyncDisposable
{
    public PersonaAtSlot Persona => persona;

    public Mailbox Mailbox => persona.Mailbox;

    public SentMessage Digest => digest;

    public string Html => digest.ContentOf("text/html")!;

    public static async Task<DigestInHand> ReceiveAsync(ServiceEnvironment environment, int seed, Func<MailboxSeed, MailboxSeed>? change = null)
    {
        var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Medium, seed, change);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));
        return new DigestInHand(environment, persona, Assert.Single(persona.Digests()));
    }

    /// <summary>Every link of the digest that leads to NudgeService, as the email's HTML has them.</summary>
    public IReadOnlyList<string> Links() =>
        [.. Href().Matches(Html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).Where(link => link.StartsWith(environment.Web.BaseUrl.ToString(), StringComparison.Ordinal)).Distinct()];

    /// <summary>The digest's link for that action on that nudge.</summary>
    public string LinkTo(LinkAction action, Nudge nudge) => Links().Single(link => Token(link) is { } token && token.Action == action && token.NudgeId == nudge.Id);

    public string AccountLink(LinkAction action) => Links().Single(link => Token(link) is { } token && token.Action == action);

    public ActionToken? Token(string link) =>
        persona.Services.GetRequiredService<ActionTokens>().Read(link[(link.LastIndexOf('/') + 1)..], DateTimeOffset.UtcNow).Token;

    /// <summary>The first nudge of the digest, re-read from storage.</summary>
    public async Task<Nudge> FirstNudgeAsync() => (await persona.NudgesAsync()).OrderBy(nudge => nudge.Id, StringComparer.Ordinal).First();

    public async Task<Nudge> NudgeAsync(string id) => (await persona.NudgesAsync()).Single(nudge => nudge.Id == id);

    public Task<PersonPreference?> PreferenceAsync(string personKey) =>
        persona.Services.GetRequiredService<IPersonPreferenceStore>().FindAsync(persona.UserId, personKey, CancellationToken.None);

    public async Task<UserAccount> AccountAsync() => (await persona.Services.GetRequiredService<IUserStore>().FindAsync(persona.UserId, CancellationToken.None))!;

    /// <summary>Messages the mailbox sent through Graph, and what its Sent Items folder holds with that subject.</summary>
    public (IReadOnlyList<MailMessage> Sent, IReadOnlyList<MailMessage> SentItems) Outgoing(string subject) =>
        ([.. Mailbox.SentThroughGraph.Where(message => message.Subject == subject)],
         Mailbox.MessagesNewestFirst(MailFolder.SentItems, Mailbox.CurrentWatermark(), message => message.Subject == subject, 0, 10));

    /// <summary>Runs the user's weekly sync on its own, as the digest, the review and the preview run it.</summary>
    public async Task SyncAsync()
    {
        await using var scope = persona.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WeeklySync>().RunAsync(await AccountAsync(), progress: null, CancellationToken.None);
    }

    /// <summary>The pages' sentences in the user's language.</summary>
    public async Task<PageTexts> TextsAsync() => PageTexts.For(Languages.From((await AccountAsync()).Language));

    /// <summary>The words of a sentence before its first placeholder, as a page shows them whatever the name or date.</summary>
    public static string Opening(string sentence) => sentence[..(sentence.IndexOf('{') is var at and >= 0 ? at : sentence.Length)];

    public ValueTask DisposeAsync() => persona.DisposeAsync();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
