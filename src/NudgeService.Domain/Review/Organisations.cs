using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Review;

/// <summary>An organisation or domain cluster of the user's network, e.g. "Vauban Industries" or "northgate-robotics.com".</summary>
/// <param name="IsOwn">The user's own organisation: no world to bridge into, yet a place colleagues work at.</param>
public sealed record Organisation(string Key, string Name, bool IsOwn = false);

/// <summary>
/// Places each person in an organisation: the company on their contact card, or the company
/// other cards give for their address's domain, or the domain itself. Public mail providers,
/// and domains whose carded people work at several companies or none, are no organisation.
/// </summary>
public static class Organisations
{
    private static readonly HashSet<string> PublicProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fr", "hotmail.co.uk", "live.com", "live.fr", "msn.com",
        "yahoo.com", "yahoo.fr", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com",
        "gmx.fr", "gmx.de", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "bbox.fr", "btinternet.com", "sky.com",
        "mail.com", "zoho.com", "yandex.com", "fastmail.com",
    };

    /// <summary>A domain where carded people name this many companies, or mostly none, is a mail provider, not an employer.</summary>
    private const int ProviderCompanies = 3;

    /// <param name="ownDomains">The domains of the user's own addresses: the user's own organisation is not a world to bridge into.</param>
    /// <returns>The organisation of each person who has one, by correspondent key; colleagues share <see cref="Organisation.IsOwn"/>.</returns>
    public static IReadOnlyDictionary<string, Organisation> Of(IReadOnlyList<Correspondent> people, IReadOnlySet<string> ownDomains)
    {
        var companiesByDomain = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var withoutCompany = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people.Where(person => person.Contact is not null))
        {
            foreach (var domain in Domains(person))
            {
                if (Company(person) is not { } company)
                {
                    withoutCompany[domain] = withoutCompany.GetValueOrDefault(domain) + 1;
                    continue;
                }
                if (!companiesByDomain.TryGetValue(domain, out var companies)) companiesByDomain[domain] = companies = new(StringComparer.OrdinalIgnoreCase);
                companies[company] = companies.GetValueOrDefault(company) + 1;
            }
        }
        bool IsProvider(string domain) =>
            PublicProviders.Contains(domain)
            || (companiesByDomain.TryGetValue(domain, out var companies) && companies.Count >= ProviderCompanies)
            || (withoutCompany.GetValueOrDefault(domain) >= 2 && withoutCompany[domain] >= Carded(domain));
        int Carded(string domain) => companiesByDomain.TryGetValue(domain, out var companies) ? companies.Values.Sum() : 0;
        string? CompanyOf(string domain) =>
            !IsProvider(domain) && companiesByDomain.TryGetValue(domain, out var companies)
                ? companies.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key
                : null;
        var ownCompanies = ownDomains.Select(CompanyOf).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var found = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var domains = Domains(person).ToList();
            if (domains.Any(ownDomains.Contains))
            {
                found[person.Key] = Own;
                continue;
            }
            var name = Company(person)
                ?? domains.Where(domain => !IsProvider(domain)).Select(domain => CompanyOf(domain) ?? domain).FirstOrDefault();
            if (name is null) continue;
            found[person.Key] = ownCompanies.Contains(name) ? Own : new Organisation(name.Trim().ToLowerInvariant(), name.Trim());
        }
        return found;
    }

    private static readonly Organisation Own = new("", "", IsOwn: true);

    private static string? Company(Correspondent person) =>
        string.IsNullOrWhiteSpace(person.Contact?.CompanyName) ? null : person.Contact.CompanyName.Trim();

    private static IEnumerable<string> Domains(Correspondent person) =>
        person.Addresses.Select(use => use.Address).Append(person.Key).Select(Ledger.Addresses.Domain).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
}
