using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Actions;
using NudgeService.Infrastructure.Storage;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Sync;

/// <summary>Outlook allows four requests in flight per mailbox and app, counted across every instance of the app.</summary>
[Collection(SyncEnvironment.Name)]
public sealed class MailboxConcurrencyTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_digest_job_in_another_process_and_clicks_on_send_here_never_make_a_fifth_request_to_the_mailbox()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 31, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        var mailbox = synced.Mailbox;
        var faults = environment.Sandbox.Services.GetRequiredService<FaultInjector>();
        var traffic = environment.Sandbox.Services.GetRequiredService<MailboxTraffic>();
        faults.Configure(mailbox.Key, FaultSettings.None with { LatencyMs = 150 });
        traffic.Reset(mailbox.Key);
        var settingsFile = Path.Combine(Path.GetTempPath(), $"nudge-settings-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(environment.Settings));

        try
        {
            using var digestJob = Process.Start(new ProcessStartInfo("dotnet", [CliAssembly(), "run", "--user", synced.UserId, "--settings", settingsFile])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var output = digestJob.StandardOutput.ReadToEndAsync();
            var errors = digestJob.StandardError.ReadToEndAsync();

            var mail = environment.Web.Services.GetRequiredService<IOutlookMail>();
            var token = environment.Sandbox.Services.GetRequiredService<NudgeService.Sandbox.Identity.TokenIssuer>()
                .IssueAccessToken(mailbox.Key, new HashSet<string> { "Mail.Send" }, TimeSpan.FromHours(1));
            var clicks = 0;
            do
            {
                // Four at once is within the limit for this process alone: any overlap with the job's requests would make more.
                await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                    mail.SendAsync(synced.UserId, token, new OutgoingMail("ines.garnier@fabrikam.example", "Ines Garnier", "Hello", "How are you?"), CancellationToken.None)));
                clicks += 4;
                await Task.Delay(100);
            }
            while (!digestJob.HasExited || clicks < 12);
            await digestJob.WaitForExitAsync();

            Assert.True(digestJob.ExitCode == 0, await output + await errors);
            var seen = traffic.Snapshot(mailbox.Key);
            Assert.True(seen.MaxConcurrency <= 4, $"{seen.MaxConcurrency} requests were in flight at once");
            Assert.Equal(0, seen.Faults);
            Assert.True(seen.Calls > clicks, "the digest job read the mailbox while the clicks were sent");
        }
        finally
        {
            File.Delete(settingsFile);
        }
    }

    [Fact]
    public async Task A_request_given_up_while_it_waits_for_the_mailbox_frees_the_slots_it_had_already_claimed()
    {
        var slots = environment.Web.Services.GetRequiredService<TableMailboxSlots>();
        var userId = $"u{Guid.NewGuid():N}";
        await using (await slots.AcquireAsync(userId, 3, CancellationToken.None))
        {
            // A $batch needing all four claims the one left, then waits for the rest until it is given up.
            using var givenUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slots.AcquireAsync(userId, 4, givenUp.Token));
        }

        // Well before a forgotten claim would run out (two minutes).
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var all = await slots.AcquireAsync(userId, 4, patience.Token);
        Assert.Equal(4, all.Count);
    }

    /// <summary>The nudge command line as built beside this test (same configuration), run as a second process of the app.</summary>
    private static string CliAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepositoryLayout.Root, "src", "NudgeService.Cli", "bin", configuration, "net10.0", "nudge.dll");
    }
}
