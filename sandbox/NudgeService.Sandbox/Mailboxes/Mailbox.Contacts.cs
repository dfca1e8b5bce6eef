namespace NudgeService.Sandbox.Mailboxes;

public sealed partial class Mailbox
{
    private readonly SortedDictionary<long, StoredItem<Contact>> contacts = [];
    private readonly ChangeLog contactChanges = new();
    private long lastContactNumber;

    private void LoadContacts(IEnumerable<Contact> seeded)
    {
        foreach (var contact in seeded)
        {
            contacts.Add(contact.Number, new StoredItem<Contact>(contact, 0));
            lastContactNumber = Math.Max(lastContactNumber, contact.Number);
        }
    }

    /// <summary>Contacts visible at <paramref name="at"/>, by number.</summary>
    public IReadOnlyList<Contact> Contacts(Watermark at)
    {
        lock (gate)
        {
            return contacts.Values.Where(stored => IsVisible(stored, at)).Select(stored => stored.Item).ToList();
        }
    }

    public Contact? FindContact(long number, Watermark at)
    {
        lock (gate)
        {
            return contacts.TryGetValue(number, out var stored) && IsVisible(stored, at) ? stored.Item : null;
        }
    }

    /// <summary>Contacts created, edited (by a client or a scheduled revision) or deleted between two watermarks.</summary>
    public IReadOnlyList<ItemChange<Contact>> ContactChanges(Watermark since, Watermark at)
    {
        lock (gate)
        {
            var changed = new SortedSet<long>(contactChanges.NumbersChangedBetween(since.Version, at.Version));
            foreach (var (number, stored) in contacts)
            {
                if (ChangedBetween(stored.Item, since.Time, at.Time)) changed.Add(number);
            }
            return changed
                .Select(number => contacts[number])
                .Where(stored => IsVisible(stored, at) || IsVisible(stored, since))
                .Select(stored => new ItemChange<Contact>(stored.Item.Number, IsVisible(stored, at) ? stored.Item : null))
                .ToList();
        }
    }

    public Contact AddContact(ContactCard card)
    {
        lock (gate)
        {
            var number = ++lastContactNumber;
            var now = Clock.Now;
            var contact = new Contact { Number = number, CreatedAt = now, Revisions = [new ContactRevision(now, card)] };
            contacts.Add(number, new StoredItem<Contact>(contact, ++version));
            contactChanges.Record(version, number);
            return contact;
        }
    }

    /// <summary>Applies an edit as of the mailbox clock; revisions scheduled later still apply when their time comes.</summary>
    public Contact? UpdateContact(long number, Func<ContactCard, ContactCard> edit)
    {
        lock (gate)
        {
            var now = Clock.Now;
            if (!contacts.TryGetValue(number, out var stored) || !IsVisible(stored, new Watermark(version, now))) return null;
            var contact = stored.Item;
            var revisions = contact.Revisions.Where(revision => revision.EffectiveAt <= now).ToList();
            revisions.Add(new ContactRevision(now, edit(contact.CardAt(now))));
            revisions.AddRange(contact.Revisions.Where(revision => revision.EffectiveAt > now));
            stored.Item = new Contact { Number = number, CreatedAt = contact.CreatedAt, Revisions = revisions, DeletedAt = contact.DeletedAt };
            contactChanges.Record(++version, number);
            return stored.Item;
        }
    }

    public bool DeleteContact(long number)
    {
        lock (gate)
        {
            if (!contacts.TryGetValue(number, out var stored) || stored.DeletedVersion != 0) return false;
            stored.DeletedVersion = ++version;
            contactChanges.Record(version, number);
            return true;
        }
    }

    private static bool IsVisible(StoredItem<Contact> stored, Watermark at) =>
        stored.ExistsAt(at.Version) && stored.Item.CreatedAt <= at.Time && !(stored.Item.DeletedAt <= at.Time);

    private static bool ChangedBetween(Contact contact, DateTimeOffset after, DateTimeOffset upTo)
    {
        bool Within(DateTimeOffset? instant) => instant > after && instant <= upTo;
        return Within(contact.CreatedAt) || Within(contact.DeletedAt) || contact.Revisions.Any(revision => Within(revision.EffectiveAt));
    }
}
