namespace NudgeService.Domain.Ledger;

/// <summary>The fields of an Outlook contact the product uses, as Graph returned them.</summary>
/// <param name="Birthday">As Outlook stores it: an instant, often midnight UTC, with year 1604 or 0001 when the year is unknown.</param>
public sealed record ContactCard(
    string ContactId,
    string? GivenName,
    string? Surname,
    string? DisplayName,
    IReadOnlyList<string> EmailAddresses,
    DateTimeOffset? Birthday,
    string? JobTitle,
    string? CompanyName,
    string? PersonalNotes,
    string? SpouseName);

/// <summary>A contact card that differed from its previous snapshot, and when the sync noticed.</summary>
public sealed record ContactChange(DateTimeOffset DetectedAt, ContactCard Before, ContactCard After);
