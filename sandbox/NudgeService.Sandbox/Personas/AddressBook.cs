using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Hands out lowercase addresses, numbering namesakes so that no two people share one.</summary>
internal sealed class AddressBook
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public MailPerson Claim(string displayName, string localPart, string domain)
    {
        var address = $"{localPart}@{domain}";
        for (var suffix = 2; !taken.Add(address); suffix++)
        {
            address = $"{localPart}{suffix}@{domain}";
        }
        return new MailPerson(displayName, address);
    }

    public MailPerson ClaimAt(Company company, GivenName given, Surname surname) =>
        Claim($"{given.Display} {surname.Display}", LocalPart(company.Style, given, surname), company.Domain);

    public MailPerson ClaimPersonal(string domain, GivenName given, Surname surname) =>
        Claim($"{given.Display} {surname.Display}", $"{given.Slug}.{surname.Slug}", domain);

    public static string LocalPart(AddressStyle style, GivenName given, Surname surname) => style switch
    {
        AddressStyle.InitialDotLast => $"{given.Slug[0]}.{surname.Slug}",
        AddressStyle.InitialLast => $"{given.Slug[0]}{surname.Slug}",
        _ => $"{given.Slug}.{surname.Slug}",
    };
}
