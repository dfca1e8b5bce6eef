using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>"Edit in Outlook": the nudge's message becomes a draft in the user's mailbox, then Outlook opens on it. One draft per nudge, made through <see cref="MailboxClaims"/> as a send is.</summary>
public sealed class OutlookDrafting(INudgeStore nudges, MailboxClaims claims, IOutlookMail mail, NudgePages pages, AccountLinks accountLinks, TimeProvider time)
{
    public async Task<WebResult> DraftAsync(OpenedNudge opened)
    {
        var (nudge, texts) = (opened.Nudge, opened.Texts);
        if (nudge.Outcome == SuggestionOutcome.Sent) return pages.AlreadySent(opened);
        if (nudge.Outcome == SuggestionOutcome.Drafted) return pages.AlreadyDrafted(opened);
        if (!opened.Account.GrantedScopes.Contains(GraphPermissions.MailDrafts)) return pages.DraftsNotAllowed(opened);

        var message = new OutgoingMail(nudge.Address, SafeText.Line(nudge.PersonName), nudge.Draft.Subject, nudge.Draft.Body);
        var call = await claims.RunAsync(opened.Account, nudge, nudge.ClaimedForDrafting(time.GetUtcNow()),
            accessToken => mail.CreateDraftAsync(nudge.UserId, accessToken, message, CancellationToken.None));
        return call.Result switch
        {
            ClaimResult.ChangedMeanwhile => await nudges.FindAsync(nudge.UserId, nudge.Week, nudge.Id, CancellationToken.None) is { } now ? await DraftAsync(opened with { Nudge = now }) : pages.Show(opened),
            ClaimResult.Done => new WebResult(303, RedirectTo: call.Value),
            ClaimResult.ReconnectRequired => new HtmlPage(opened.Language, texts.ReconnectTitle).Paragraph(texts.ReconnectToSend).Link(texts.Reconnect, accountLinks.Connect(opened.Account.Address, opened.Language)).Respond(403),
            ClaimResult.NotDone when call.Failure == MailFailure.Busy => new HtmlPage(opened.Language, texts.BusyTitle).Paragraph(texts.Busy).Respond(503),
            ClaimResult.NotDone => new HtmlPage(opened.Language, texts.RefusedTitle).Paragraph(texts.Refused).Respond(502),
            // A draft that may exist is never made a second time: the page says where to look for it.
            _ => pages.AlreadyDrafted(opened with { Nudge = call.Claimed! }),
        };
    }
}
