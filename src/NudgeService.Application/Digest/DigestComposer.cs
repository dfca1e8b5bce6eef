using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest.Wording;
using NudgeService.Application.Email;
using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>Turns a week's plan into drafted nudges, and stored nudges into the email that shows them.</summary>
public sealed class DigestComposer(IDraftWriter drafts, ActionLinks actionLinks, AccountLinks accountLinks)
{
    /// <param name="languages">Draft languages chosen per person; the user's language otherwise.</param>
    /// <param name="memory">The wordings each person got in the past year: none gets one again.</param>
    public IReadOnlyList<Nudge> Draft(UserAccount account, DigestWeek week, WeeklyPlan plan, IReadOnlyList<Correspondent> people,
        IReadOnlyDictionary<string, string> languages, WordingMemory memory, DateOnly today)
    {
        var byKey = people.ToDictionary(person => person.Key, StringComparer.Ordinal);
        var openings = new HashSet<string>(StringComparer.Ordinal);
        var nudges = new List<Nudge>();
        foreach (var item in plan.Events.Concat(plan.Reconnects))
        {
            var person = byKey[item.Key];
            var kind = NudgeKinds.Of(item);
            var language = Languages.From(languages.GetValueOrDefault(item.Key) ?? account.Language);
            var (wording, draft) = Choose(item, person, kind, language, account.FirstName, week, memory, openings, today);
            openings.Add(Openings.Of(draft.Body));
            nudges.Add(new Nudge(
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
                draft)
            {
                Wording = wording,
            });
        }
        return nudges;
    }

    /// <summary>
    /// The first wording, from a start that depends on the person and the week, that the person has not had
    /// this year and that opens unlike the digest's other items; failing that, of those that open differently,
    /// the one the person had longest ago.
    /// </summary>
    private (int Wording, MessageDraft Draft) Choose(PlanItem item, Correspondent person, NudgeKind kind, string language, string sender,
        DigestWeek week, WordingMemory memory, IReadOnlySet<string> openings, DateOnly today)
    {
        var count = drafts.Variants(kind, language);
        var start = Spread(item.Key, week, count);
        (int Wording, MessageDraft Draft, DigestWeek LastUsed)? oldest = null;
        for (var step = 0; step < count; step++)
        {
            var wording = (start + step) % count;
            var draft = drafts.Write(DraftRequests.For(item, person, language, sender, wording, today));
            if (openings.Contains(Openings.Of(draft.Body))) continue;
            if (memory.LastUsed(item.Key, kind, language, wording) is not { } lastUsed) return (wording, draft);
            if (oldest is null || lastUsed < oldest.Value.LastUsed) oldest = (wording, draft, lastUsed);
        }
        return oldest is { } fallback ? (fallback.Wording, fallback.Draft) : (start, drafts.Write(DraftRequests.For(item, person, language, sender, start, today)));
    }

    private static int Spread(string personKey, DigestWeek week, int count) =>
        (int)(BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{personKey}|{week}"))) % (uint)count);

    /// <param name="firstLook">No digest was sent to the user before this one: it says how the weekly one works.</param>
    public DigestView View(UserAccount account, DigestWeek week, IReadOnlyList<Nudge> nudges, DateOnly today, bool firstLook)
    {
        var outlookDrafts = account.GrantedScopes.Contains(GraphPermissions.MailDrafts);
        var items = nudges.Select(nudge => new DigestItem(nudge.Kind, nudge.PersonName, nudge.Address, nudge.Why, nudge.Date, nudge.Draft, actionLinks.For(nudge, outlookDrafts)));
        var footer = new DigestFooter(actionLinks.Preferences(account.UserId, week), accountLinks.Disconnect(account.UserId), actionLinks.Unsubscribe(account.UserId, week));
        return new DigestView(account.Language, account.FirstName, week.Monday, today, [.. items], footer)
        {
            FirstLook = firstLook ? account.Slot : null,
        };
    }

    /// <summary>
    /// The email to the user: one-click unsubscribe headers (RFC 8058) with a mailto alternative for
    /// clients that do not post (RFC 2369), and the user and week echoed in SendGrid's events.
    /// </summary>
    /// <param name="unsubscribeMailbox">Where unsubscribe emails go; none offered when empty.</param>
    public static OutgoingEmail Email(UserAccount account, DigestWeek week, RenderedDigest rendered, DigestFooter footer, string unsubscribeMailbox) => new(
        account.Address,
        account.DisplayName,
        rendered.Subject,
        rendered.Text,
        rendered.Html,
        ["digest"],
        new Dictionary<string, string> { ["user_id"] = account.UserId, ["iso_week"] = week.ToString(), ["kind"] = "digest" },
        UnsubscribeHeaders(footer.Unsubscribe, unsubscribeMailbox));

    /// <summary>RFC 8058 one-click unsubscribe, for every email sent on the user's schedule (digests and reviews).</summary>
    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders(string link, string unsubscribeMailbox) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = ListUnsubscribe(link, unsubscribeMailbox),
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };

    /// <summary>
    /// The https link first (mail clients that post use it), then the mailto, whose subject carries the
    /// link's signed token so that whoever reads that mailbox unsubscribes the right person by opening it.
    /// </summary>
    private static string ListUnsubscribe(string link, string mailbox)
    {
        if (string.IsNullOrEmpty(mailbox)) return $"<{link}>";
        var token = link[(link.LastIndexOf('/') + 1)..];
        return $"<{link}>, <mailto:{mailbox}?subject={Uri.EscapeDataString("unsubscribe " + token)}>";
    }

    /// <summary>The address the person was last seen using: after a move, the new employer's.</summary>
    private static string CurrentAddress(Correspondent person) =>
        person.Addresses.OrderByDescending(use => use.LastSeen).Select(use => use.Address).FirstOrDefault() ?? person.Key;
}
