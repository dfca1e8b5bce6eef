namespace NudgeService.Domain.Ledger;

/// <summary>
/// Everything the ledger knows about one person the user deals with: the interactions (no
/// subjects or bodies), the contact card if there is one, and the meetings around now.
/// </summary>
/// <param name="Key">The normalized primary address; stable across weeks.</param>
/// <param name="Touches">Past interactions in day order, at most about two years back.</param>
public sealed record Correspondent(
    string Key,
    string DisplayName,
    IReadOnlyList<AddressUse> Addresses,
    IReadOnlyList<Touch> Touches)
{
    public ContactCard? Contact { get; init; }

    /// <summary>The last change of the contact card seen between two syncs.</summary>
    public ContactChange? LastContactChange { get; init; }

    public Meeting? LastMeeting { get; init; }

    /// <summary>The next meeting together that is scheduled and not cancelled or declined.</summary>
    public Meeting? NextMeeting { get; init; }

    /// <summary>Every mail and meeting the correspondent was part of, by item: who was in the same item, and who came first.</summary>
    public IReadOnlyList<Sighting> Sightings { get; init; } = [];
}

/// <summary>An address of the correspondent and when it was first and last seen in mail or meetings.</summary>
public sealed record AddressUse(string Address, DateOnly FirstSeen, DateOnly LastSeen);

/// <param name="Subject">The meeting's subject, kept for the last and the next meeting only.</param>
public sealed record Meeting(DateTimeOffset Start, string Subject, int Audience);
