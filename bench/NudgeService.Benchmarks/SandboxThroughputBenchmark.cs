using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// Sandbox throughput for paged message reads of the large persona's inbox: Graph's default page
/// of 10 (the baseline) against pages of 100 and 1,000, over loopback HTTP.
/// </summary>
public static class SandboxThroughputBenchmark
{
    private const int RequestsPerRun = 200;

    public static async Task RunAsync(TextWriter output)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        var mailbox = sandbox.AddMailbox(PersonaGenerator.Generate(PersonaSize.Large, 1, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        var token = sandbox.Services.GetRequiredService<TokenIssuer>().IssueAccessToken(mailbox.Key, GraphScopes.Delegated.ToHashSet(), TimeSpan.FromHours(1));
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        output.WriteLine($"Sandbox paged reads — large persona inbox ({mailbox.MessageCount(MailFolder.Inbox, mailbox.CurrentWatermark()):N0} messages), {RequestsPerRun} sequential requests per row");
        output.WriteLine($"{"page size",10} {"requests/s",12} {"messages/s",12} {"KB/request",12} {"ms/request",12}");
        foreach (var pageSize in new[] { 10, 100, 1000 })
        {
            await ReadPagesAsync(http, pageSize, 5);
            var (elapsed, messages, bytes) = await ReadPagesAsync(http, pageSize, RequestsPerRun);
            output.WriteLine($"{pageSize,10} {RequestsPerRun / elapsed.TotalSeconds,12:N0} {messages / elapsed.TotalSeconds,12:N0} {bytes / 1024.0 / RequestsPerRun,12:N1} {elapsed.TotalMilliseconds / RequestsPerRun,12:N2}");
        }
        output.WriteLine("(page size 10 is Graph's default and the baseline)");
    }

    /// <summary>Follows nextLinks through the delta of the inbox, restarting when a round ends, for a fixed number of requests.</summary>
    private static async Task<(TimeSpan Elapsed, long Messages, long Bytes)> ReadPagesAsync(HttpClient http, int pageSize, int requests)
    {
        var start = $"v1.0/me/mailFolders/inbox/messages/delta?$select=from,sender,toRecipients,ccRecipients,receivedDateTime,conversationId";
        string next = start;
        long messages = 0, bytes = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            bytes += body.Length;
            using var document = JsonDocument.Parse(body);
            messages += document.RootElement.GetProperty("value").GetArrayLength();
            next = document.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString()! : start;
        }
        return (stopwatch.Elapsed, messages, bytes);
    }
}
