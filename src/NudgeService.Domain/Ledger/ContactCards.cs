
namespace NudgeService.Domain.Ledger;

/// <summary>Keeps each correspondent's contact card and notices when it changes between syncs.</summary>
internal static class ContactCards
{
    public static void Apply(RelationshipLedger ledger, ContactCard card, DateTimeOffset now)
    {
        var addresses = card.EmailAddresses.Select(Addresses.Normalize).OfType<string>().Distinct().ToList();
        if (addresses.Count == 0)
        {
            // A card without an address cannot be matched to mail; if it used to have one, it stays with that person.
            if (ledger.FindContact(card.ContactId) is { } previous) Update(previous, card, now);
            return;
        }
        Update(ledger.AttachContact(card, addresses), card, now);
    }

    public static void Remove(RelationshipLedger ledger, string contactId)
    {
        if (ledger.FindContact(contactId) is { } row) ledger.DetachContact(row, contactId);
    }

    private static void Update(LedgerRow row, ContactCard card, DateTimeOffset now)
    {
        if (row.Contact is { } before)
        {
            if (SameCard(before, card)) return;
            row.LastContactChange = new ContactChange(now, before, card);
        }
        row.Contact = card;
    }

    private static bool SameCard(ContactCard a, ContactCard b) =>
        a with { EmailAddresses = [] } == b with { EmailAddresses = [] } && a.EmailAddresses.SequenceEqual(b.EmailAddresses, StringComparer.OrdinalIgnoreCase);
}
