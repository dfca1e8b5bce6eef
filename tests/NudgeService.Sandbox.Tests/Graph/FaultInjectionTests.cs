using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Hosting;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Graph;

public sealed class FaultInjectionTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task The_sdk_retries_throttled_calls_after_the_retry_after_delay_and_reads_everything()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Faults" + Guid.NewGuid().ToString("N")[..6]));
        Sandbox.Services.GetRequiredService<FaultInjector>().Configure(mailbox.Key, new FaultSettings(ThrottleRate: 0.3, UnavailableRate: 0.1, RetryAfterSeconds: 1, Seed: 11));
        var attempts = new AttemptRecorder();
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox, null, attempts);

        var round = await MessageDeltaTests.ReadRoundAsync(graph, null);

        Assert.Equal(30, round.Items.Count);
        var faults = attempts.Attempts.Where(attempt => attempt.Status is 429 or 503).ToList();
        Assert.NotEmpty(faults);
        Assert.Contains(faults, attempt => attempt.Status == 429);
        foreach (var fault in faults)
        {
            var retry = attempts.Attempts.First(attempt => attempt.SentAt > fault.SentAt && attempt.RetryAttempt > 0);
            Assert.Equal("1", fault.RetryAfter);
            Assert.True(retry.SentAt - fault.ReceivedAt >= TimeSpan.FromMilliseconds(950), $"retried after {(retry.SentAt - fault.ReceivedAt).TotalMilliseconds} ms");
        }
        Assert.Equal(faults.Count, Sandbox.Services.GetRequiredService<MailboxTraffic>().Snapshot(mailbox.Key).Faults);
    }

    [Fact]
    public async Task A_fifth_concurrent_request_is_throttled_when_the_concurrency_limit_is_on()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Busy" + Guid.NewGuid().ToString("N")[..6]));
        Sandbox.Services.GetRequiredService<FaultInjector>().Configure(mailbox.Key, new FaultSettings(LimitConcurrency: true));
        var token = SandboxGraph.IssueToken(Sandbox, mailbox);
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var injector = Sandbox.Services.GetRequiredService<FaultInjector>();

        for (var i = 0; i < 4; i++) Assert.Null(await injector.EnterAsync(mailbox.Key, $"GET me/contacts/{i}", CancellationToken.None));
        var fifth = await http.GetAsync("v1.0/me");
        for (var i = 0; i < 4; i++) injector.Leave(mailbox.Key);
        var afterwards = await http.GetAsync("v1.0/me");

        Assert.Equal(429, (int)fifth.StatusCode);
        Assert.Contains("ApplicationThrottled", await fifth.Content.ReadAsStringAsync());
        Assert.True(fifth.Headers.Contains("Retry-After"));
        Assert.Equal(200, (int)afterwards.StatusCode);
    }

    private sealed class AttemptRecorder : DelegatingHandler
    {
        public ConcurrentQueue<Attempt> Queue { get; } = new();

        public IReadOnlyList<Attempt> Attempts => Queue.OrderBy(attempt => attempt.SentAt).ToList();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sentAt = DateTimeOffset.UtcNow;
            var retryAttempt = request.Headers.TryGetValues("Retry-Attempt", out var values) ? int.Parse(values.First()) : 0;
            var response = await base.SendAsync(request, cancellationToken);
            Queue.Enqueue(new Attempt(sentAt, DateTimeOffset.UtcNow, (int)response.StatusCode, retryAttempt,
                response.Headers.TryGetValues("Retry-After", out var retryAfter) ? retryAfter.First() : null));
            return response;
        }
    }

    private sealed record Attempt(DateTimeOffset SentAt, DateTimeOffset ReceivedAt, int Status, int RetryAttempt, string? RetryAfter);
}
