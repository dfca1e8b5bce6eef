using Microsoft.AspNetCore.Http;
using NudgeService.Application.Actions;
using NudgeService.Application.OwnerProof;
using NudgeService.Application.Review;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Web;

/// <summary>
/// The links of a digest and of a quarterly review as HTTP handlers, shared by the Function App's triggers and the command
/// line's local host. GET only shows; POST acts, and only with the anti-forgery value of the
/// page it came from — except the RFC 8058 one-click unsubscribe, which mail clients send themselves.
/// </summary>
public sealed class ActionEndpoints(ActionLinkReader links, ActionFormProof proof, NudgePages pages, NudgeSending sending, OutlookDrafting drafting, PersonChoices choices, Subscription subscription, OwnerProofs ownerProofs, ReviewPage reviewPage)
{
    public const string OneClickField = "List-Unsubscribe";
    public const string OneClickValue = "One-Click";

    public async Task<WebResult> ShowNudgeAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opening = await links.OpenNudgeAsync(token, Language(request), cancellationToken);
        if (opening.Problem is not null) return opening.Problem;
        var opened = opening.Opened!;
        if (!MayTakeOtherWords(opened)) return pages.Show(opened);
        if (OwnerProven(request, opened)) return pages.OwnerWordsForm(opened);
        return request.Query[NudgePages.ChangeWordsQuery] == "1" ? pages.ChangeWordsForm(opened) : pages.Show(opened);
    }

    public async Task<WebResult> ActOnNudgeAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opening = await links.OpenNudgeAsync(token, Language(request), cancellationToken);
        if (opening.Problem is not null) return opening.Problem;
        var opened = opening.Opened!;
        var posted = await PostedForm.ReadAsync(request, cancellationToken);
        if (posted.Form is not { } form) return NudgePages.Unreadable(opened.Language, posted.Problem);
        if (!proof.Verifies(opened.Path, form[ActionFormProof.Field])) return NudgePages.FormMissing(opened.Language);
        return opened.Token.Action switch
        {
            LinkAction.Send when form[NudgePages.IntentField] == NudgePages.ChangeWordsIntent && MayTakeOtherWords(opened) => OwnerProven(request, opened)
                ? new WebResult(StatusCodes.Status303SeeOther, RedirectTo: opened.Path)
                : ownerProofs.Begin(opened.Account, WordsAction(opened), opened.Path),
            LinkAction.Send => await SendAsync(request, opened, form),
            LinkAction.EditInOutlook => await drafting.DraftAsync(opened),
            LinkAction.Snooze => await choices.SnoozeAsync(opened, form[NudgePages.DaysField], cancellationToken),
            _ when form[NudgePages.IntentField] == NudgePages.UndoIntent => await choices.UndoDismissAsync(opened, cancellationToken),
            _ => await choices.DismissAsync(opened, cancellationToken),
        };
    }

    public async Task<WebResult> ShowReviewAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opening = await links.OpenReviewAsync(token, Language(request), cancellationToken);
        return opening.Problem ?? await reviewPage.ShowAsync(opening.Opened!, cancellationToken);
    }

    public async Task<WebResult> ShowAccountAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opening = await links.OpenAccountAsync(token, Language(request), cancellationToken);
        return opening.Problem ?? await subscription.ShowAsync(opening.Opened!, cancellationToken);
    }

    public async Task<WebResult> ActOnAccountAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opening = await links.OpenAccountAsync(token, Language(request), cancellationToken);
        if (opening.Problem is not null) return opening.Problem;
        var opened = opening.Opened!;
        var posted = await PostedForm.ReadAsync(request, cancellationToken);
        if (posted.Form is not { } form) return NudgePages.Unreadable(opened.Language, posted.Problem);
        if (form[OneClickField] == OneClickValue && opened.Token.Action == LinkAction.Unsubscribe) return await subscription.OneClickAsync(opened, cancellationToken);
        if (!proof.Verifies(opened.Path, form[ActionFormProof.Field])) return NudgePages.FormMissing(opened.Language);
        return await subscription.ActAsync(opened, form[Subscription.IntentField], form[Subscription.PersonField], cancellationToken);
    }

    private async Task<WebResult> SendAsync(HttpRequest request, OpenedNudge opened, IFormCollection form)
    {
        var proven = OwnerProven(request, opened);
        var result = await sending.SendAsync(opened, form[NudgePages.SubjectField], form[NudgePages.BodyField], proven);
        return proven && result.Status == StatusCodes.Status200OK ? ownerProofs.Spend(result) : result;
    }

    private static bool MayTakeOtherWords(OpenedNudge opened) =>
        opened.Token.Action == LinkAction.Send && !opened.Nudge.Outcome.IsActedOn();

    private bool OwnerProven(HttpRequest request, OpenedNudge opened) => ownerProofs.Holds(request.Cookies[OwnerProofs.PassCookie], opened.Account, WordsAction(opened));

    private static string WordsAction(OpenedNudge opened) => OwnerActions.EditText(opened.Nudge.Week.ToString(), opened.Nudge.Id);

    private static string Language(HttpRequest request) => WebResponses.Language(request);
}
