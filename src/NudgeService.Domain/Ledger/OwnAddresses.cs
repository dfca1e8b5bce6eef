namespace NudgeService.Domain.Ledger;

/// <summary>The user's addresses: the profile's, and aliases learned from the Sent Items.</summary>
public sealed class OwnAddresses(IEnumerable<string> addresses)
{
    private readonly HashSet<string> known = new(addresses.Select(Addresses.Normalize).OfType<string>(), StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => known;

    public bool Contains(string address) => known.Contains(address);

    public bool Learn(string address) => known.Add(address);
}
