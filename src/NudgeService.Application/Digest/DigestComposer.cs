using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest.Wording;
using NudgeService.Application.Email;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>Turns a week's plan into drafted nudges, and stored nudges into the email that shows them.</summary>
public sealed class DigestComposer(IDraftWriter drafts, ActionLinks actionLinks, AccountLinks accountLinks)
{
    /// <param name="languages">Draft languages chosen per person; the user's language otherwise.</param>
    public IReadOnlyList<Nudge> Draft(UserAccount account, DigestWeek week, WeeklyPlan plan, IReadOnlyList<Correspondent> people,
        IReadOnlyDictionary<string, string> languages, DateOnly today)
    {
        var byKey = people.ToDictionary(person => person.Key, StringComparer.Ordinal);
        var usedOfKind = new Dictionary<NudgeKind, int>();
        return [.. plan.Events.Concat(plan.Reconnects).Select(item =>
        {
            var person = byKey[item.Key];
            var kind = NudgeKinds.Of(item);
            // Rotating by week and by position keeps two items of one digest, and two weeks running, from reading alike.
            var variant = week.Number + usedOfKind.GetValueOrDefault(kind);
            usedOfKind[kind] = usedOfKind.GetValueOrDefault(kind) + 1;
            var language = languages.GetValueOrDefault(item.Key) ?? account.Language;
            return new Nudge(
                account.UserId,
                week,
                Nudge.IdFor(account.UserId, week, kind, item.Key),
                kind,
                item.Key,
                item.Name,
                CurrentAddress(person),
                language,
                WhyText.For(item, account.Language, today),
                item.Event?.Date,
                drafts.Write(DraftRequests.For(item, person, language, account.FirstName, variant)));
        })];
    }

    public DigestView View(UserAccount account, DigestWeek week, IReadOnlyList<Nudge> nudges, DateOnly today)
    {
        var outlookDrafts = account.GrantedScopes.Contains(GraphPermissions.MailDrafts);
        var items = nudges.Select(nudge => new DigestItem(nudge.Kind, nudge.PersonName, nudge.Address, nudge.Why, nudge.Date, nudge.Draft, actionLinks.For(nudge, outlookDrafts)));
        var footer = new DigestFooter(actionLinks.Preferences(account.UserId, week), accountLinks.Disconnect(account.UserId), actionLinks.Unsubscribe(account.UserId, week));
        return new DigestView(account.Language, account.FirstName, week.Monday, today, [.. items], footer);
    }

    /// <summary>The email to the user: one-click unsubscribe headers (RFC 8058), and the user and week echoed in SendGrid's events.</summary>
    public static OutgoingEmail Email(UserAccount account, DigestWeek week, RenderedDigest rendered, DigestFooter footer) => new(
        account.Address,
        account.DisplayName,
        rendered.Subject,
        rendered.Text,
        rendered.Html,
        ["digest"],
        new Dictionary<string, string> { ["user_id"] = account.UserId, ["iso_week"] = week.ToString(), ["kind"] = "digest" },
        new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{footer.Unsubscribe}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        });

    /// <summary>The address the person was last seen using: after a move, the new employer's.</summary>
    private static string CurrentAddress(Correspondent person) =>
        person.Addresses.OrderByDescending(use => use.LastSeen).Select(use => use.Address).FirstOrDefault() ?? person.Key;
}
