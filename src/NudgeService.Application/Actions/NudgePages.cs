using System.Globalization;
using NudgeService.Application.Connect;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>The pages of a nudge's links: what each GET shows, and what each POST answers.</summary>
public sealed class NudgePages(ActionFormProof proof)
{
    public const string SubjectField = "subject";
    public const string BodyField = "body";
    public const string DaysField = "days";
    public const string IntentField = "intent";
    public const string UndoIntent = "undo";
    public const string ChangeWordsIntent = "change-words";

    /// <summary>The query of the Send page that asks how to change the words; showing it changes nothing.</summary>
    public const string ChangeWordsQuery = "change";

    public const int MaxSubjectLength = 255;
    public const int MaxBodyLength = 20_000;

    /// <summary>The page a link opens on: it shows and offers, and never changes anything.</summary>
    public WebResult Show(OpenedNudge opened) => (opened.Token.Action, opened.Nudge.Outcome) switch
    {
        (_, SuggestionOutcome.Sent) when opened.Token.Action is LinkAction.Send or LinkAction.EditInOutlook => AlreadySent(opened),
        (_, SuggestionOutcome.Drafted) when opened.Token.Action is LinkAction.Send or LinkAction.EditInOutlook => AlreadyDrafted(opened),
        (LinkAction.Send, _) => SendForm(opened),
        (LinkAction.EditInOutlook, _) when !opened.Account.GrantedScopes.Contains(GraphPermissions.MailDrafts) => DraftsNotAllowed(opened),
        (LinkAction.EditInOutlook, _) => Page(opened, opened.Texts.EditTitle).ParagraphNaming(opened.Texts.EditIntro, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), opened.Texts.EditButton).Respond(),
        (LinkAction.Snooze, _) => SnoozeForm(opened),
        (LinkAction.NotThisPerson, SuggestionOutcome.Dismissed) => Dismissed(opened),
        _ => DismissForm(opened),
    };

    /// <summary>The drafted message as it will leave, and the button that sends it: a link alone never sends other words (docs/decisions/0100).</summary>
    /// <param name="notice">A sentence above the form: why the message is shown again.</param>
    /// <param name="remedy">A link that gets the user unstuck, such as reconnecting.</param>
    public WebResult SendForm(OpenedNudge opened, int status = 200, string? title = null, string? notice = null, (string Text, string Href)? remedy = null)
    {
        var texts = opened.Texts;
        var page = Page(opened, title ?? texts.SendTitle);
        if (notice is not null) page.Paragraph(notice);
        if (remedy is { } link) page.Link(link.Text, link.Href);
        return page.ParagraphNaming(texts.SendIntro, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), texts.SendButton,
                new FormField.Shown(texts.To, $"{opened.Nudge.PersonName} <{opened.Nudge.Address}>"),
                new FormField.Shown(texts.Subject, opened.Nudge.Draft.Subject),
                new FormField.Passage(texts.Message, opened.Nudge.Draft.Body))
            .Link(texts.ChangeWords, $"{opened.Path}?{ChangeWordsQuery}=1")
            .Respond(status);
    }

    /// <summary>Why other words need a sign-in, and the button that starts it.</summary>
    public WebResult ChangeWordsForm(OpenedNudge opened) =>
        Page(opened, opened.Texts.ChangeWordsTitle)
            .Paragraph(string.Format(opened.Texts.ChangeWordsProof, opened.Account.Address))
            .Form(opened.Path, new Dictionary<string, string>(Proof(opened)) { [IntentField] = ChangeWordsIntent }, opened.Texts.ChangeWordsButton)
            .Respond();

    /// <summary>For the proven owner only: the drafted message as editable fields, or the words they posted when they could not be sent.</summary>
    public WebResult OwnerWordsForm(OpenedNudge opened, int status = 200, string? notice = null, string? subject = null, string? body = null)
    {
        var texts = opened.Texts;
        var page = Page(opened, texts.ChangeWordsTitle);
        if (notice is not null) page.Paragraph(notice);
        return page.ParagraphNaming(texts.OwnerWordsIntro, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), texts.SendButton,
                new FormField.Shown(texts.To, $"{opened.Nudge.PersonName} <{opened.Nudge.Address}>"),
                new FormField.Line(texts.Subject, SubjectField, subject ?? opened.Nudge.Draft.Subject, MaxSubjectLength),
                new FormField.Text(texts.Message, BodyField, body ?? opened.Nudge.Draft.Body, MaxBodyLength))
            .Respond(status);
    }

    public WebResult TextNotOnLink(OpenedNudge opened) =>
        SendForm(opened, 403, opened.Texts.TextNotOnLinkTitle, opened.Texts.TextNotOnLink);

    public WebResult Sent(OpenedNudge opened) =>
        Page(opened, opened.Texts.SentTitle).ParagraphNaming(opened.Texts.Sent, opened.Nudge.PersonName).Respond();

    /// <summary>When it was sent, and what the mailbox has shown of the message since, when that was recorded.</summary>
    public WebResult AlreadySent(OpenedNudge opened)
    {
        var page = Page(opened, opened.Texts.SentTitle).ParagraphNaming(On(opened, opened.Texts.SentOn), opened.Nudge.PersonName);
        if (SentMessageSentence(opened.Texts, opened.Nudge.SentMessage) is { } known) page.Paragraph(known);
        return page.Respond();
    }

    private static string? SentMessageSentence(PageTexts texts, SentMessage? message) => message?.State switch
    {
        SentMessageState.Requested => texts.Unconfirmed,
        SentMessageState.AcceptedByOutlook => texts.SentNotYetConfirmed,
        SentMessageState.InSentItems => texts.SentConfirmed,
        SentMessageState.NotFoundInSentItems => texts.SentNotFound,
        _ => null,
    };

    public WebResult AlreadyDrafted(OpenedNudge opened) =>
        Page(opened, opened.Texts.EditTitle).ParagraphNaming(On(opened, opened.Texts.AlreadyDrafted), opened.Nudge.PersonName).Respond();

    public WebResult DraftsNotAllowed(OpenedNudge opened) =>
        Page(opened, opened.Texts.EditTitle).Paragraph(opened.Texts.DraftsNotAllowed).Respond(403);

    public WebResult SnoozeForm(OpenedNudge opened, int status = 200, string? notice = null)
    {
        var texts = opened.Texts;
        var page = Page(opened, texts.SnoozeTitle);
        if (notice is not null) page.Paragraph(notice);
        var choices = SnoozeLength.All.Select(length => (length.Days.ToString(CultureInfo.InvariantCulture), length.Label(texts))).ToList();
        return page.ParagraphNaming(texts.SnoozeIntro, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), texts.SnoozeButton, new FormField.Choice(texts.SnoozeFor, DaysField, choices, SnoozeLength.Default.Days.ToString(CultureInfo.InvariantCulture)))
            .Respond(status);
    }

    public WebResult Snoozed(OpenedNudge opened, DateOnly until) =>
        Page(opened, opened.Texts.SnoozedTitle).ParagraphNaming(ActionWording.Fill(opened.Texts.SnoozedUntil, opened.Language, until.ToDateTime(TimeOnly.MinValue)), opened.Nudge.PersonName).Respond();

    public WebResult DismissForm(OpenedNudge opened) =>
        Page(opened, opened.Texts.DismissTitle).ParagraphNaming(opened.Texts.DismissIntro, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), opened.Texts.DismissButton).Respond();

    /// <summary>The confirmation, with the way back.</summary>
    public WebResult Dismissed(OpenedNudge opened) =>
        Page(opened, opened.Texts.DismissedTitle).ParagraphNaming(opened.Texts.Dismissed, opened.Nudge.PersonName)
            .Form(opened.Path, new Dictionary<string, string>(Proof(opened)) { [IntentField] = UndoIntent }, opened.Texts.Undo).Respond();

    public WebResult Restored(OpenedNudge opened) =>
        Page(opened, opened.Texts.RestoredTitle).ParagraphNaming(opened.Texts.Restored, opened.Nudge.PersonName)
            .Form(opened.Path, Proof(opened), opened.Texts.DismissButton).Respond();

    public static WebResult FormMissing(string language) =>
        new HtmlPage(language, PageTexts.For(language).NothingDoneTitle).Paragraph(PageTexts.For(language).FormMissing).Respond(400);

    /// <summary>A body too large (413) or not a form of these pages (400): nothing was done.</summary>
    public static WebResult Unreadable(string language, FormProblem problem)
    {
        var texts = PageTexts.For(language);
        return problem == FormProblem.TooLarge
            ? new HtmlPage(language, texts.NothingDoneTitle).Paragraph(texts.RequestTooLarge).Respond(413)
            : new HtmlPage(language, texts.NothingDoneTitle).Paragraph(texts.FormMalformed).Respond(400);
    }

    private IReadOnlyDictionary<string, string> Proof(OpenedNudge opened) =>
        new Dictionary<string, string> { [ActionFormProof.Field] = proof.For(opened.Path) };

    private static HtmlPage Page(OpenedNudge opened, string title) => new(opened.Language, title);

    private static string On(OpenedNudge opened, string template) =>
        ActionWording.Fill(template, opened.Language, ActionWording.Local(opened.Account, opened.Nudge.OutcomeAt ?? DateTimeOffset.MinValue));
}
