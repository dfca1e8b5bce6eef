using System.Collections.Concurrent;

namespace NudgeService.Sandbox.Mailboxes;

/// <summary>The mailboxes a sandbox serves, by key (owner object id) and by any of the owner's addresses.</summary>
public sealed class MailboxRegistry(TimeProvider realTime)
{
    private readonly ConcurrentDictionary<string, Mailbox> byKey = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<Mailbox> All => byKey.Values.OrderBy(mailbox => mailbox.Owner.Address, StringComparer.Ordinal).ToList();

    public Mailbox Add(MailboxSeed seed)
    {
        var mailbox = new Mailbox(seed, realTime);
        if (!byKey.TryAdd(mailbox.Key, mailbox))
        {
            throw new InvalidOperationException($"A mailbox for {seed.Owner.Address} is already served.");
        }
        return mailbox;
    }

    public Mailbox? Find(string keyOrAddress) =>
        byKey.TryGetValue(keyOrAddress, out var mailbox)
            ? mailbox
            : byKey.Values.FirstOrDefault(candidate => candidate.Owner.Owns(keyOrAddress));
}
