using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>Ties where over the last year one side writes and the other rarely answers.</summary>
public static class OneSidedTies
{
    private const int YearDays = 365;

    /// <summary>Three mails make a pattern; fewer may be chance.</summary>
    private const int Minimum = 3;

    /// <summary>At most one answer for every five mails is "rarely".</summary>
    private const int MailsPerAnswer = 5;

    /// <summary>Meeting this often in a year is a two-way relationship whatever the mail says.</summary>
    private const int MeetingsThatCount = 2;

    public static IEnumerable<OneSidedTie> Find(IReadOnlyList<Correspondent> people, IReadOnlyList<TieAssessment> ties, DateOnly today)
    {
        var tiers = ties.ToDictionary(tie => tie.Key, tie => tie.Tier, StringComparer.Ordinal);
        var since = today.AddDays(-YearDays);
        var found = new List<OneSidedTie>();
        foreach (var person in people)
        {
            if (!tiers.TryGetValue(person.Key, out var tier)) continue;
            int fromUser = 0, toUser = 0, meetings = 0;
            foreach (var touch in person.Touches)
            {
                if (touch.Day < since || touch.Day >= today) continue;
                switch (touch.Kind)
                {
                    case TouchKind.MailFromUser: fromUser++; break;
                    case TouchKind.MailToUser: toUser++; break;
                    default: meetings++; break;
                }
            }
            if (meetings >= MeetingsThatCount) continue;
            var (writer, written, answered) = fromUser >= toUser ? (OneSidedWriter.User, fromUser, toUser) : (OneSidedWriter.They, toUser, fromUser);
            if (written < Minimum || answered * MailsPerAnswer > written) continue;
            var letGo = tier >= Tier.Outer || (writer == OneSidedWriter.User && answered == 0 && written >= 2 * Minimum);
            found.Add(new OneSidedTie(person.Key, writer, written, answered, tier, letGo));
        }
        return found.OrderBy(tie => tie.Tier).ThenByDescending(tie => tie.Written).ThenBy(tie => tie.Key, StringComparer.Ordinal);
    }
}
