using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.MailEvents;
using NudgeService.Application.People;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>
/// The account-wide links: unsubscribe (one click, RFC 8058, or through its page), resubscribe,
/// and the preferences page where people set aside can be taken back.
/// </summary>
public sealed class Subscription(IUserStore users, IPersonPreferenceStore preferences, INudgeStore nudges, IDeliveryHoldStore holds, IUserDataExporter exporter, ActionFormProof proof)
{
    public const string IntentField = "intent";
    public const string PersonField = "person";
    public const string UnsubscribeIntent = "unsubscribe";
    public const string ResubscribeIntent = "resubscribe";
    public const string RestoreIntent = "restore";
    public const string ExportIntent = "export";

    /// <summary>How far back names are looked up for the people set aside.</summary>
    private const int NameWeeks = 104;

    public async Task<WebResult> ShowAsync(OpenedAccount opened, CancellationToken cancellationToken) =>
        opened.Token.Action == LinkAction.Unsubscribe ? UnsubscribePage(opened) : await PreferencesPageAsync(opened, cancellationToken);

    /// <summary>The RFC 8058 one-click POST, sent by the mail client itself: it has no page to show.</summary>
    public async Task<WebResult> OneClickAsync(OpenedAccount opened, CancellationToken cancellationToken)
    {
        await SetStatusAsync(opened, AccountStatus.Unsubscribed, cancellationToken);
        return new HtmlPage(opened.Language, opened.Texts.UnsubscribedTitle).ParagraphNaming(opened.Texts.Unsubscribed, opened.Account.Address).Respond();
    }

    public async Task<WebResult> ActAsync(OpenedAccount opened, string? intent, string? person, CancellationToken cancellationToken)
    {
        switch (intent)
        {
            case UnsubscribeIntent:
                opened = await SetStatusAsync(opened, AccountStatus.Unsubscribed, cancellationToken);
                return Page(opened, opened.Texts.UnsubscribedTitle).ParagraphNaming(opened.Texts.Unsubscribed, opened.Account.Address)
                    .Form(opened.Path, Fields(opened, ResubscribeIntent), opened.Texts.ResubscribeButton).Respond();
            case ResubscribeIntent:
                opened = await SetStatusAsync(opened, AccountStatus.Active, cancellationToken);
                return Page(opened, opened.Texts.ResubscribedTitle).ParagraphNaming(opened.Texts.Resubscribed, opened.Account.Address)
                    .Form(opened.Path, Fields(opened, UnsubscribeIntent), opened.Texts.UnsubscribeButton).Respond();
            case RestoreIntent when !string.IsNullOrEmpty(person):
                if (await preferences.FindAsync(opened.Account.UserId, person, cancellationToken) is { NotThisPerson: true } preference)
                {
                    await preferences.SaveAsync(opened.Account.UserId, preference with { NotThisPerson = false }, cancellationToken);
                }
                return await PreferencesPageAsync(opened, cancellationToken);
            // A POST because the page's form carries the anti-forgery value; it changes nothing.
            case ExportIntent when opened.Token.Action == LinkAction.Preferences:
                var export = await exporter.ExportAsync(opened.Account.UserId, cancellationToken);
                return WebResult.File(export.ToJsonString(ExportJson), "application/json; charset=utf-8", "nudgeservice-data.json");
            default:
                return NudgePages.FormMissing(opened.Language);
        }
    }

    private WebResult UnsubscribePage(OpenedAccount opened)
    {
        var texts = opened.Texts;
        return opened.Account.Status == AccountStatus.Unsubscribed
            ? Page(opened, texts.UnsubscribedTitle).ParagraphNaming(texts.Unsubscribed, opened.Account.Address)
                .Form(opened.Path, Fields(opened, ResubscribeIntent), texts.ResubscribeButton).Respond()
            : Page(opened, texts.UnsubscribeTitle).ParagraphNaming(texts.UnsubscribeQuestion, opened.Account.Address)
                .Form(opened.Path, Fields(opened, UnsubscribeIntent), texts.UnsubscribeButton).Respond();
    }

    private async Task<WebResult> PreferencesPageAsync(OpenedAccount opened, CancellationToken cancellationToken)
    {
        var texts = opened.Texts;
        var page = Page(opened, texts.PreferencesTitle);
        if (opened.Account.Status == AccountStatus.Paused && await holds.FindAsync(opened.Account.UserId, cancellationToken) is { } hold)
        {
            page.Paragraph(DeliveryHoldSentence.Of(hold, opened.Language));
        }
        var subscribed = opened.Account.Status != AccountStatus.Unsubscribed;
        page.ParagraphNaming(subscribed ? texts.DigestsOn : texts.DigestsOff, opened.Account.Address)
            .Form(opened.Path, Fields(opened, subscribed ? UnsubscribeIntent : ResubscribeIntent), subscribed ? texts.UnsubscribeButton : texts.ResubscribeButton);

        page.Paragraph(texts.DataExportExplanation).Form(opened.Path, Fields(opened, ExportIntent), texts.DataExportButton);
        var setAside = (await preferences.ListAsync(opened.Account.UserId, cancellationToken)).Where(preference => preference.NotThisPerson).ToList();
        if (setAside.Count == 0) return page.Paragraph(texts.NobodySetAside).Respond();
        var names = await NamesAsync(opened, cancellationToken);
        page.Paragraph(texts.SetAside);
        foreach (var person in setAside)
        {
            var fields = new Dictionary<string, string>(Fields(opened, RestoreIntent)) { [PersonField] = person.Key };
            page.Form(opened.Path, fields, string.Format(Languages.Culture(opened.Language), texts.SuggestAgain, SafeText.Line(names.GetValueOrDefault(person.Key, person.Key))));
        }
        return page.Respond();
    }

    private async Task<Dictionary<string, string>> NamesAsync(OpenedAccount opened, CancellationToken cancellationToken)
    {
        var since = DigestWeek.Parse(opened.Token.Week);
        for (var week = 0; week < NameWeeks; week++) since = since.Previous;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var nudge in await nudges.SinceAsync(opened.Account.UserId, since, cancellationToken)) names[nudge.PersonKey] = nudge.PersonName;
        return names;
    }

    private async Task<OpenedAccount> SetStatusAsync(OpenedAccount opened, AccountStatus status, CancellationToken cancellationToken)
    {
        var account = await users.FindAsync(opened.Account.UserId, cancellationToken) ?? opened.Account;
        if (account.Status == status) return opened with { Account = account };
        // Resubscribing undoes an unsubscribe only: a paused account, or one waiting for a reconnect, stays so.
        if (status == AccountStatus.Active && account.Status != AccountStatus.Unsubscribed) return opened with { Account = account };
        account = account with { Status = status };
        await users.SaveAsync(account, cancellationToken);
        return opened with { Account = account };
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new() { WriteIndented = true };

    private IReadOnlyDictionary<string, string> Fields(OpenedAccount opened, string intent) =>
        new Dictionary<string, string> { [ActionFormProof.Field] = proof.For(opened.Path), [IntentField] = intent };

    private static HtmlPage Page(OpenedAccount opened, string title) => new(opened.Language, title);
}
