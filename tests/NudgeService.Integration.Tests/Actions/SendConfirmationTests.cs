using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Actions;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Storage;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>sendMail's 202 means Outlook accepted the message: only a sync that reads it in Sent Items confirms it.</summary>
[Collection(ActionsEnvironment.Name)]
public sealed class SendConfirmationTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_sent_nudge_is_accepted_while_Sent_Items_lacks_the_message_and_confirmed_by_the_first_sync_that_reads_it_there()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 211);
        var nudge = await digest.FirstNudgeAsync();
        var texts = await digest.TextsAsync();
        using var browser = environment.Browser();
        var link = digest.LinkTo(LinkAction.Send, nudge);
        // Longer than the default wait, so that a slow machine cannot see the message filed before the first sync.
        (await browser.PutAsJsonAsync(Faults(digest), new { sentItemsDelaySeconds = 600 })).EnsureSuccessStatusCode();

        var sent = await (await ActionPage.GetAsync(browser, link)).SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(200, sent.Status);
        Assert.Contains(DigestInHand.Opening(texts.Sent), sent.Text);
        Assert.Single(digest.Outgoing(nudge.Draft.Subject).Sent);
        Assert.Empty(digest.Outgoing(nudge.Draft.Subject).SentItems);
        var accepted = (await digest.NudgeAsync(nudge.Id)).SentMessage!;
        Assert.Equal(SentMessageState.AcceptedByOutlook, accepted.State);
        Assert.True(accepted.AcceptedAt >= accepted.RequestedAt);

        await digest.SyncAsync();
        var notYet = await ActionPage.GetAsync(browser, link);

        Assert.Equal(accepted, (await digest.NudgeAsync(nudge.Id)).SentMessage);
        Assert.Contains(texts.SentNotYetConfirmed, notYet.Text);

        digest.Persona.PlayClockTo(digest.Mailbox.Clock.Now.AddMinutes(11));
        await digest.SyncAsync();
        var confirmedPage = await ActionPage.GetAsync(browser, link);

        var confirmed = (await digest.NudgeAsync(nudge.Id)).SentMessage!;
        Assert.Equal(SentMessageState.InSentItems, confirmed.State);
        Assert.Equal(accepted.AcceptedAt, confirmed.AcceptedAt);
        Assert.NotNull(confirmed.SettledAt);
        Assert.Contains(texts.SentConfirmed, confirmedPage.Text);
        Assert.Empty(confirmedPage.Forms);
        Assert.Single(digest.Mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task A_message_Outlook_accepted_that_never_reaches_Sent_Items_is_not_found_by_the_sync_a_week_later()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 212);
        // The week played ahead brings the persona's own later mail: a nudge to someone it writes to then would be confirmed by that.
        var writtenToLater = digest.Mailbox.Seed.Messages
            .Where(message => message.Folder == MailFolder.SentItems && message.ReceivedAt > digest.Mailbox.Clock.Now.AddDays(-1))
            .SelectMany(message => message.To.Concat(message.Cc)).Select(person => person.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var nudge = (await digest.Persona.NudgesAsync()).OrderBy(nudge => nudge.Id, StringComparer.Ordinal).First(nudge => !writtenToLater.Contains(nudge.Address));
        var texts = await digest.TextsAsync();
        using var browser = environment.Browser();
        var link = digest.LinkTo(LinkAction.Send, nudge);
        (await browser.PutAsJsonAsync(Faults(digest), new { loseSentMail = true })).EnsureSuccessStatusCode();

        var sent = await (await ActionPage.GetAsync(browser, link)).SubmitAsync(browser, environment.Web.BaseUrl);
        var accepted = (await digest.NudgeAsync(nudge.Id)).SentMessage!;
        digest.Persona.PlayClockTo(accepted.RequestedAt + SentMessage.SentItemsWait + TimeSpan.FromHours(1));
        await digest.SyncAsync();
        var aWeekOn = await ActionPage.GetAsync(browser, link);

        Assert.Equal(200, sent.Status);
        Assert.Equal(SentMessageState.AcceptedByOutlook, accepted.State);
        Assert.Single(digest.Mailbox.SentThroughGraph);
        Assert.Empty(digest.Outgoing(nudge.Draft.Subject).SentItems);
        var notFound = (await digest.NudgeAsync(nudge.Id)).SentMessage!;
        Assert.Equal(SentMessageState.NotFoundInSentItems, notFound.State);
        Assert.Equal(SuggestionOutcome.Sent, (await digest.NudgeAsync(nudge.Id)).Outcome);
        Assert.Contains(texts.SentNotFound, aWeekOn.Text);
        Assert.Empty(aWeekOn.Forms);
    }

    [Fact]
    public async Task A_nudge_sent_before_its_message_was_recorded_reads_as_sent_with_nothing_claimed_of_Sent_Items_and_syncs_leave_it_so()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 213);
        var nudge = await digest.FirstNudgeAsync();
        var texts = await digest.TextsAsync();
        var table = await digest.Persona.Services.GetRequiredService<NudgeTables>().GetAsync(NudgeTables.Nudges);
        var row = (await table.GetEntityAsync<TableEntity>(nudge.UserId, $"{nudge.Week}-{nudge.Id}")).Value;
        // The row as it was written before sent messages were recorded: outcome and time only.
        foreach (var column in row.Keys.Where(column => column.StartsWith("SentMessage", StringComparison.Ordinal)).ToList()) row.Remove(column);
        row["Outcome"] = nameof(SuggestionOutcome.Sent);
        row["OutcomeAt"] = digest.Mailbox.Clock.Now.AddHours(-1);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace);

        await digest.SyncAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));

        var stored = await digest.NudgeAsync(nudge.Id);
        Assert.Equal(SuggestionOutcome.Sent, stored.Outcome);
        Assert.Null(stored.SentMessage);
        Assert.Contains(DigestInHand.Opening(texts.SentOn), page.Text);
        Assert.DoesNotContain(texts.SentConfirmed, page.Text);
        Assert.DoesNotContain(texts.SentNotYetConfirmed, page.Text);
        Assert.DoesNotContain(texts.SentNotFound, page.Text);
        Assert.Empty(digest.Mailbox.SentThroughGraph);
    }

    private Uri Faults(DigestInHand digest) => new(environment.Sandbox.BaseUrl, $"sandbox/mailboxes/{digest.Mailbox.Key}/faults");
}
