namespace NudgeService.Sandbox.Mailboxes;

/// <summary>The fields of a contact at one point in time.</summary>
/// <param name="Birthday">As Outlook stores it: a UTC instant, year 1604 or 0001 when the year is unknown.</param>
public sealed record ContactCard(
    string GivenName,
    string Surname,
    IReadOnlyList<MailPerson> EmailAddresses,
    DateTimeOffset? Birthday = null,
    string? JobTitle = null,
    string? CompanyName = null,
    string? PersonalNotes = null,
    string? SpouseName = null,
    string? MobilePhone = null)
{
    public string DisplayName => string.IsNullOrEmpty(Surname) ? GivenName : $"{GivenName} {Surname}".Trim();
}

/// <summary>A contact and the changes scheduled for it (a new job next Tuesday, a deletion).</summary>
public sealed class Contact
{
    public required long Number { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Card versions in time order; the first takes effect at <see cref="CreatedAt"/>.</summary>
    public required IReadOnlyList<ContactRevision> Revisions { get; init; }
    public DateTimeOffset? DeletedAt { get; init; }

    public ContactCard CardAt(DateTimeOffset at)
    {
        var card = Revisions[0].Card;
        foreach (var revision in Revisions)
        {
            if (revision.EffectiveAt <= at) card = revision.Card;
        }
        return card;
    }

    public DateTimeOffset LastModifiedAt(DateTimeOffset at) =>
        Revisions.Where(revision => revision.EffectiveAt <= at).Select(revision => revision.EffectiveAt).DefaultIfEmpty(CreatedAt).Max();
}

public sealed record ContactRevision(DateTimeOffset EffectiveAt, ContactCard Card);
