using NudgeService.Application.Digest;

namespace NudgeService.Integration.Tests.Digest.Rendering;

/// <summary>Digests as the weekly job would hand them to the renderer, with names and drafts that stress the layout.</summary>
internal static class SampleDigests
{
    public static readonly DateOnly Monday = new(2025, 3, 10);

    public static DigestFooter Footer { get; } = new(
        "https://nudge.example/prefs/u1?t=abc&x=1",
        "https://nudge.example/disconnect/u1?t=def",
        "https://nudge.example/u/u1?t=ghi");

    public static DigestItem Item(NudgeKind kind, string person, string why, DateOnly? date = null, bool canEdit = true, string? body = null)
    {
        var slug = new string(person.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant() + (int)kind;
        return new DigestItem(
            kind,
            person,
            $"{slug}@contoso.example",
            why,
            date,
            new MessageDraft("A word from Sam", body ?? $"Hi,\n\nI was thinking of you this week.\n\nBest,\nSam"),
            new NudgeActions(
                $"https://nudge.example/n/{slug}-send?a=1&b=2",
                canEdit ? $"https://nudge.example/n/{slug}-edit" : null,
                $"https://nudge.example/n/{slug}-snooze",
                $"https://nudge.example/n/{slug}-dismiss"));
    }

    /// <summary>Every section, a long name, a right-to-left name and emoji, with and without "Edit in Outlook".</summary>
    public static DigestView Realistic(string language) => new(
        language,
        "Sam",
        Monday,
        Monday,
        [
            Item(NudgeKind.Birthday, "Claire Martin", "Birthday on Thursday (turns 40)", Monday.AddDays(3)),
            Item(NudgeKind.NewRole, "Maximiliane Wolfeschlegelsteinhausenbergerdorff-Oberstdorfer", "New role: Chief Transformation and Operational Excellence Officer at Contoso International Holdings (was Head of Data)", Monday.AddDays(-2)),
            Item(NudgeKind.Reconnect, "יעל כהן", "You used to be in touch about every 2 weeks; it has been 11 weeks. They always write first.", canEdit: false),
            Item(NudgeKind.CheckIn, "Zoë 🌍 Ng", "Fabrikam is no longer on their card: a check-in, not congratulations"),
            Item(NudgeKind.NewDomain, "Ravi Patel", "Writes from a northwind.example address now (was fabrikam.example): perhaps a new employer",
                body: "Hi Ravi,\n\nLooks like you've got a new address: https://a-very-long-link.example/with/a/path/that/does/not/break/anywhere/at/all/unless/told/to\n\nCheers,\nSam"),
            Item(NudgeKind.SeeingSoon, "Marc Dubois", "You meet on Wednesday: 'Budget review'; last in touch 7 months ago", Monday.AddDays(2)),
        ],
        Footer);

    public static DigestView Quiet(string language) => new(language, "Sam", Monday, Monday, [], Footer);
}
