using Microsoft.Extensions.Logging;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>
/// Sends a nudge's message from the user's mailbox at most once: exactly as drafted on the link
/// alone, which is a bearer capability and so never carries words of its holder's choosing, or in
/// the owner's own words once they proved they own the mailbox (docs/decisions/0100-emailed-links.md). The nudge is claimed as sent
/// before Graph is called (<see cref="MailboxClaims"/>). Graph's 202 means Outlook accepted the message, not that it
/// left: the nudge records the acceptance, and the next sync confirms the message in Sent Items.
/// </summary>
public sealed class NudgeSending(INudgeStore nudges, MailboxClaims claims, IOutlookMail mail, NudgePages pages, AccountLinks accountLinks, TimeProvider time, ILogger<NudgeSending> logger)
{
    /// <param name="postedSubject">A subject in the POST: without the owner's proof, refused unless it is the drafted one (an older page posted it).</param>
    /// <param name="postedBody">Likewise for the text.</param>
    /// <param name="ownerProven">The browser holds the owner's pass for this nudge's words: the posted subject and text are sent.</param>
    public async Task<WebResult> SendAsync(OpenedNudge opened, string? postedSubject, string? postedBody, bool ownerProven)
    {
        var (nudge, texts) = (opened.Nudge, opened.Texts);
        if (nudge.Outcome == SuggestionOutcome.Sent) return pages.AlreadySent(opened);
        if (nudge.Outcome == SuggestionOutcome.Drafted) return pages.AlreadyDrafted(opened);
        if (!ownerProven && (Differs(postedSubject, nudge.Draft.Subject) || Differs(postedBody, nudge.Draft.Body))) return pages.TextNotOnLink(opened);
        // A subject is one line, as a mail client makes it: no control typed or in a name it holds reaches the message.
        var subject = SafeText.Line(ownerProven ? postedSubject ?? "" : nudge.Draft.Subject);
        var body = (ownerProven ? postedBody ?? "" : nudge.Draft.Body).ReplaceLineEndings("\n").Trim('\n');
        if (subject.Length is 0 or > NudgePages.MaxSubjectLength || body.Trim().Length == 0 || body.Length > NudgePages.MaxBodyLength)
        {
            return pages.OwnerWordsForm(opened, 400, texts.WordsMissing, postedSubject, postedBody);
        }
        if (!opened.Account.GrantedScopes.Contains(GraphPermissions.MailSend))
        {
            return new HtmlPage(opened.Language, texts.NothingDoneTitle).Paragraph(texts.SendNotAllowed).Respond(403);
        }

        var message = new OutgoingMail(nudge.Address, SafeText.Line(nudge.PersonName), subject, body);
        var call = await claims.RunAsync(opened.Account, nudge, nudge.ClaimedForSending(time.GetUtcNow()), async accessToken =>
        {
            await mail.SendAsync(nudge.UserId, accessToken, message, CancellationToken.None);
            return true;
        });
        if (call.Result == ClaimResult.Done) logger.LogInformation("Outlook accepted the message of nudge {NudgeId} of {UserId}", nudge.Id, nudge.UserId);
        return call.Result switch
        {
            ClaimResult.ChangedMeanwhile => await AfterConcurrentChangeAsync(opened, postedSubject, postedBody, ownerProven),
            ClaimResult.Done => pages.Sent(opened with { Nudge = await RecordAcceptanceAsync(call.Claimed!) }),
            ClaimResult.ReconnectRequired => pages.SendForm(opened, 403, texts.ReconnectTitle, texts.ReconnectToSend, (texts.Reconnect, accountLinks.Connect(opened.Account.Address, opened.Language))),
            ClaimResult.NotDone when call.Failure == MailFailure.Busy => pages.SendForm(opened, 503, texts.BusyTitle, texts.Busy),
            ClaimResult.NotDone when call.Failure == MailFailure.PermissionMissing => new HtmlPage(opened.Language, texts.NothingDoneTitle).Paragraph(texts.SendNotAllowed).Respond(403),
            ClaimResult.NotDone => pages.SendForm(opened, 502, texts.RefusedTitle, texts.Refused),
            // The claim stays: a message that may have left is never sent a second time.
            _ => new HtmlPage(opened.Language, texts.UnconfirmedTitle).Paragraph(texts.Unconfirmed).Respond(504),
        };
    }

    /// <summary>Another request changed the nudge between reading and claiming it: a send in flight wins, a snooze does not.</summary>
    private async Task<WebResult> AfterConcurrentChangeAsync(OpenedNudge opened, string? postedSubject, string? postedBody, bool ownerProven)
    {
        var now = await nudges.FindAsync(opened.Nudge.UserId, opened.Nudge.Week, opened.Nudge.Id, CancellationToken.None);
        return now is null
            ? new HtmlPage(opened.Language, opened.Texts.LinkBrokenTitle).Paragraph(opened.Texts.LinkUnknown).Respond(404)
            : await SendAsync(opened with { Nudge = now }, postedSubject, postedBody, ownerProven);
    }

    private static bool Differs(string? posted, string drafted) =>
        posted is not null && posted.ReplaceLineEndings("\n").Trim() != drafted.ReplaceLineEndings("\n").Trim();

    /// <summary>
    /// Records Outlook's 202. Should the write fail, the claim still stands and the nudge says only that
    /// the send was requested, which the next sync settles all the same.
    /// </summary>
    private async Task<Nudge> RecordAcceptanceAsync(Nudge claimed)
    {
        var accepted = claimed.AcceptedByOutlook(time.GetUtcNow());
        if (await nudges.TryUpdateOutcomeAsync(accepted, CancellationToken.None) is { } recorded) return recorded;
        logger.LogWarning("Nudge {NudgeId} of {UserId} changed before Outlook's acceptance was recorded", claimed.Id, claimed.UserId);
        return accepted;
    }
}
