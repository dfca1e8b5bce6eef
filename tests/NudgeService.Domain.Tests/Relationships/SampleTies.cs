using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Tests.Relationships;

/// <summary>Correspondents with touches at regular gaps, for readable tests.</summary>
internal static class SampleTies
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>One-to-one mail every <paramref name="gapDays"/> days, alternating sides, the last <paramref name="silenceDays"/> days before today.</summary>
    public static Correspondent Regular(string key, int gapDays, int count, int silenceDays, TouchKind? only = null, int audience = 1)
    {
        var last = Today.AddDays(-silenceDays);
        var touches = Enumerable.Range(0, count)
            .Select(i => new Touch(last.AddDays(-(count - 1 - i) * gapDays), only ?? (i % 2 == 0 ? TouchKind.MailFromUser : TouchKind.MailToUser), audience))
            .ToList();
        return new Correspondent(key, key.Split('@')[0], [new AddressUse(key, touches[0].Day, last)], touches);
    }
}
