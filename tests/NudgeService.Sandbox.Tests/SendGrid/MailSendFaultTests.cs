using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;
using SendGrid;
using SendGrid.Helpers.Reliability;

namespace NudgeService.Sandbox.Tests.SendGrid;

/// <summary>
/// What SendGrid's own client does with the sandbox's planned faults. Its RetryDelegatingHandler only
/// retries 500, 502, 503 and 504 (ReliabilitySettings.RetriableServerErrorStatusCodes), with its own
/// backoff: a 429 reaches the caller untouched, so honouring Retry-After is the caller's job.
/// </summary>
public sealed class MailSendFaultTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly ReliabilitySettings Retrying = new(2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));

    private SandboxServer Sandbox => fixture.Server;

    private SendGridOutbox Outbox => Sandbox.Services.GetRequiredService<SendGridOutbox>();

    [Fact]
    public async Task A_throttled_send_reaches_the_caller_as_429_with_retry_after_even_with_reliability_settings()
    {
        await PlanFaultsAsync(new { throttleNext = 1, retryAfterSeconds = 1 });
        var client = SandboxSendGrid.CreateClient(Sandbox, reliability: Retrying);
        var before = Outbox.All().Count;

        var throttled = await client.SendRawAsync(SandboxSendGrid.MinimalMessage());

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("too many requests", Assert.Single(await SandboxSendGrid.ErrorsAsync(throttled)).Message);
        Assert.Equal(before, Outbox.All().Count);
        Assert.Equal(0, Sandbox.Services.GetRequiredService<SendGridFaults>().Plan.ThrottleNext);

        await Task.Delay(throttled.Headers.RetryAfter!.Delta!.Value);
        var retried = await client.SendRawAsync(SandboxSendGrid.MinimalMessage());

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(before + 1, Outbox.All().Count);
    }

    [Fact]
    public async Task A_failed_send_is_retried_by_the_client_and_accepted_once()
    {
        await PlanFaultsAsync(new { failNext = 1 });
        var before = Outbox.All().Count;

        var response = await SandboxSendGrid.CreateClient(Sandbox, reliability: Retrying).SendRawAsync(SandboxSendGrid.MinimalMessage());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, Outbox.All().Count);
        Assert.Equal(0, Sandbox.Services.GetRequiredService<SendGridFaults>().Plan.FailNext);
    }

    [Fact]
    public async Task When_retries_run_out_the_client_throws_instead_of_returning_the_500()
    {
        await PlanFaultsAsync(new { failNext = 3 });

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            SandboxSendGrid.CreateClient(Sandbox, reliability: Retrying).SendRawAsync(SandboxSendGrid.MinimalMessage()));

        Assert.Equal(SendGridFaultPlan.None, Sandbox.Services.GetRequiredService<SendGridFaults>().Plan);
    }

    [Fact]
    public async Task Without_reliability_settings_a_failed_send_reaches_the_caller_as_500()
    {
        await PlanFaultsAsync(new { failNext = 1 });

        var response = await SandboxSendGrid.CreateClient(Sandbox).SendRawAsync(SandboxSendGrid.MinimalMessage());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(await SandboxSendGrid.ErrorsAsync(response));
    }

    private async Task PlanFaultsAsync(object plan)
    {
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        var response = await http.PutAsJsonAsync("sandbox/sendgrid/faults", plan);
        response.EnsureSuccessStatusCode();
    }
}
