using Microsoft.Extensions.Logging;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>"Edit in Outlook": the nudge's message becomes a draft in the user's mailbox, then Outlook opens on it. One draft per nudge, claimed as <see cref="NudgeSending"/> claims a send.</summary>
public sealed class OutlookDrafting(INudgeStore nudges, GraphAccess graphAccess, IOutlookMail mail, NudgePages pages, AccountLinks accountLinks, TimeProvider time, ILogger<OutlookDrafting> logger)
{
    public async Task<WebResult> DraftAsync(OpenedNudge opened)
    {
        var (nudge, texts) = (opened.Nudge, opened.Texts);
        if (nudge.Outcome == SuggestionOutcome.Sent) return pages.AlreadySent(opened);
        if (nudge.Outcome == SuggestionOutcome.Drafted) return pages.AlreadyDrafted(opened);
        if (!opened.Account.GrantedScopes.Contains(GraphPermissions.MailDrafts)) return pages.DraftsNotAllowed(opened);

        var claimed = await nudges.TryUpdateOutcomeAsync(nudge with { Outcome = SuggestionOutcome.Drafted, OutcomeAt = time.GetUtcNow() }, CancellationToken.None);
        if (claimed is null)
        {
            return await nudges.FindAsync(nudge.UserId, nudge.Week, nudge.Id, CancellationToken.None) is { } now ? await DraftAsync(opened with { Nudge = now }) : pages.Show(opened);
        }
        var message = new OutgoingMail(nudge.Address, SafeText.Line(nudge.PersonName), nudge.Draft.Subject, nudge.Draft.Body);
        try
        {
            string webLink;
            try
            {
                webLink = await mail.CreateDraftAsync(opened.Account.UserId, await graphAccess.AccessTokenAsync(opened.Account, forceRefresh: false, CancellationToken.None), message, CancellationToken.None);
            }
            catch (MailNotDoneException refused) when (refused.Failure == MailFailure.AccessRefused)
            {
                webLink = await mail.CreateDraftAsync(opened.Account.UserId, await graphAccess.AccessTokenAsync(opened.Account, forceRefresh: true, CancellationToken.None), message, CancellationToken.None);
            }
            return new WebResult(303, RedirectTo: webLink);
        }
        catch (ReconnectRequiredException)
        {
            await nudges.TryUpdateOutcomeAsync(claimed with { Outcome = nudge.Outcome, OutcomeAt = nudge.OutcomeAt }, CancellationToken.None);
            return new HtmlPage(opened.Language, texts.ReconnectTitle).Paragraph(texts.ReconnectToSend).Link(texts.Reconnect, accountLinks.Connect(opened.Account.Address, opened.Language)).Respond(403);
        }
        catch (MailNotDoneException failure) when (failure.Failure != MailFailure.Unconfirmed)
        {
            logger.LogWarning(failure, "No draft was created for nudge {NudgeId} of {UserId}", nudge.Id, nudge.UserId);
            await nudges.TryUpdateOutcomeAsync(claimed with { Outcome = nudge.Outcome, OutcomeAt = nudge.OutcomeAt }, CancellationToken.None);
            return failure.Failure == MailFailure.Busy
                ? new HtmlPage(opened.Language, texts.BusyTitle).Paragraph(texts.Busy).Respond(503)
                : new HtmlPage(opened.Language, texts.RefusedTitle).Paragraph(texts.Refused).Respond(502);
        }
        catch (MailNotDoneException unconfirmed)
        {
            logger.LogError(unconfirmed, "A draft for nudge {NudgeId} of {UserId} may or may not have been created", nudge.Id, nudge.UserId);
            return pages.AlreadyDrafted(opened with { Nudge = claimed });
        }
    }
}
