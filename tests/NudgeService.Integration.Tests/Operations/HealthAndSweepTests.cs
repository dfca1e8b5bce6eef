using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.MailEvents;
using NudgeService.Application.Operations;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Queues;
using NudgeService.Integration.Tests.MailEvents;
using NudgeService.LocalEnvironment;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Operations;

/// <summary>The health endpoint, the expired-row sweep and the poison queue, against Azurite through the app's own services.</summary>
[Collection(MailEventsEnvironment.Name)]
public sealed class HealthAndSweepTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Health_answers_200_while_storage_answers_and_counts_a_slot_missed_by_the_timer_as_overdue()
    {
        await using var services = LocalServices.Create(environment.Settings);
        var schedule = services.GetRequiredService<IDigestSchedule>();
        var userId = "health-" + Guid.NewGuid().ToString("N");
        await schedule.SetAsync(new ScheduledDigest(userId, DateTimeOffset.UtcNow.AddHours(-3), DigestWeek.Of(DateTimeOffset.UtcNow, TimeZoneInfo.Utc)), CancellationToken.None);
        try
        {
            using var client = new HttpClient();
            var response = await client.GetAsync(new Uri(environment.Web.BaseUrl, "api/health"));
            var report = (await response.Content.ReadFromJsonAsync<HealthReport>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;

            Assert.Equal(200, (int)response.StatusCode);
            Assert.True(report.StorageReachable);
            Assert.True(report.Overdue >= 1);
            Assert.Equal("behind", report.Status);
        }
        finally
        {
            await schedule.RemoveAsync(userId, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Health_answers_503_when_storage_does_not_answer()
    {
        var port = FreePorts.Take(1)[0];
        var settings = new Dictionary<string, string?>(environment.Settings)
        {
            ["Nudge:Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        };
        var webPort = FreePorts.Take(1)[0];
        await using var web = await LocalWebHost.StartAsync(webPort, settings);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var response = await client.GetAsync(new Uri(web.BaseUrl, "api/health"));

        Assert.Equal(503, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_sweep_deletes_expired_sign_in_records_and_old_webhook_signatures_and_keeps_the_fresh_ones()
    {
        await using var services = LocalServices.Create(environment.Settings);
        var signIns = services.GetRequiredService<ISpentSignInStore>();
        var replays = services.GetRequiredService<IWebhookReplayGuard>();
        var signInRows = new TableServiceClient(environment.StorageConnectionString).GetTableClient("signins");
        var expired = "expired-" + Guid.NewGuid().ToString("N");
        var fresh = "fresh-" + Guid.NewGuid().ToString("N");
        var leftPending = "pending-" + Guid.NewGuid().ToString("N");
        Assert.True(await signIns.TrySpendAsync(expired, DateTimeOffset.UtcNow.AddMinutes(-30), CancellationToken.None));
        Assert.True(await signIns.TrySpendAsync(fresh, DateTimeOffset.UtcNow.AddMinutes(10), CancellationToken.None));
        await signInRows.AddEntityAsync(new TableEntity("pending", leftPending) { ["ExpiresAt"] = DateTimeOffset.UtcNow.AddDays(-2) });
        var oldSignature = "old-" + Guid.NewGuid().ToString("N");
        var freshSignature = "fresh-" + Guid.NewGuid().ToString("N");
        Assert.True(await replays.FirstTimeAsync(oldSignature, DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));
        Assert.True(await replays.FirstTimeAsync(freshSignature, DateTimeOffset.UtcNow, CancellationToken.None));

        var report = await services.GetRequiredService<ExpiredRowSweep>().SweepAsync(CancellationToken.None);

        Assert.True(report.SpentSignIns >= 2);
        Assert.True(report.WebhookPosts >= 1);
        Assert.False(await signIns.IsSpentAsync(expired, CancellationToken.None));
        Assert.False((await signInRows.GetEntityIfExistsAsync<TableEntity>("pending", leftPending)).HasValue);
        Assert.True(await signIns.IsSpentAsync(fresh, CancellationToken.None));
        Assert.False(await signIns.TrySpendAsync(fresh, DateTimeOffset.UtcNow.AddMinutes(10), CancellationToken.None));
        Assert.False(await replays.FirstTimeAsync(freshSignature, DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task A_poisoned_job_is_counted_for_the_alert_and_goes_back_to_the_queue_on_retry()
    {
        await using var services = LocalServices.Create(environment.Settings);
        var queues = services.GetRequiredService<QueueServiceClient>();
        var poison = queues.GetQueueClient(IDigestJobQueue.PoisonName);
        await poison.CreateIfNotExistsAsync();
        var userId = "poisoned-" + Guid.NewGuid().ToString("N");
        var message = DigestJobMessages.Serialize(new DigestJob(userId, "2026-W49"));
        await poison.SendMessageAsync(message);

        Assert.True(await services.GetRequiredService<PoisonWatch>().ReportAsync(CancellationToken.None) >= 1);
        var poisoned = services.GetRequiredService<IPoisonedDigestJobs>();
        Assert.Contains(await poisoned.PeekAsync(CancellationToken.None), job => job.Job?.UserId == userId);

        Assert.Equal(1, await poisoned.RetryAsync(userId, CancellationToken.None));

        Assert.DoesNotContain(await poisoned.PeekAsync(CancellationToken.None), job => job.Job?.UserId == userId);
        var jobs = queues.GetQueueClient(IDigestJobQueue.Name);
        Azure.Storage.Queues.Models.PeekedMessage[] waiting = await jobs.PeekMessagesAsync(32);
        Assert.Contains(waiting, peeked => peeked.Body.ToString() == message);
    }
}
