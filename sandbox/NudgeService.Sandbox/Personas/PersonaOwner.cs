using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>The mailbox owner with the addresses the generator writes from and to.</summary>
internal sealed class PersonaOwner
{
    private PersonaOwner(MailboxOwner mailbox, Company company, bool isFrench, MailPerson personalAlias, MailPerson companyAlias)
    {
        Mailbox = mailbox;
        Company = company;
        IsFrench = isFrench;
        Primary = mailbox.AsPerson;
        PersonalAlias = personalAlias;
        CompanyAlias = companyAlias;
        PrimaryOnly = [Primary];
        PersonalAliasOnly = [personalAlias];
        CompanyAliasOnly = [companyAlias];
    }

    public MailboxOwner Mailbox { get; }

    public Company Company { get; }

    public bool IsFrench { get; }

    public MailPerson Primary { get; }

    /// <summary>firstname@ a family domain: friends and shops write there.</summary>
    public MailPerson PersonalAlias { get; }

    /// <summary>The company's other address form, which some colleagues still use.</summary>
    public MailPerson CompanyAlias { get; }

    public IReadOnlyList<MailPerson> PrimaryOnly { get; }

    public IReadOnlyList<MailPerson> PersonalAliasOnly { get; }

    public IReadOnlyList<MailPerson> CompanyAliasOnly { get; }

    public IEnumerable<MailPerson> Addresses => [Primary, PersonalAlias, CompanyAlias];

    /// <summary>The owner's time zone for a seed, known before the mailbox is generated.</summary>
    public static string TimeZoneFor(int seed) => Region(seed).TimeZone;

    /// <summary>Seeds alternate between a French owner, a British one and an American one.</summary>
    private static (IReadOnlyList<Company> Employers, string TimeZone, string Locale) Region(int seed) => ((uint)seed % 4) switch
    {
        1 => (CompanyPool.BritishEmployers, CompanyPool.London, "en-GB"),
        3 => (CompanyPool.AmericanEmployers, CompanyPool.NewYork, "en-US"),
        _ => (CompanyPool.FrenchEmployers, CompanyPool.Paris, "fr-FR"),
    };

    public static PersonaOwner Create(int seed, SeededRandom random, AddressBook addresses, MailboxKind kind)
    {
        var (employers, timeZone, locale) = Region(seed);
        var french = locale == "fr-FR";
        var names = NamePool.For(french);
        var company = random.Pick(employers);
        var given = random.Pick(names.Given);
        var surname = random.Pick(names.Surnames);
        if (kind == MailboxKind.Personal) return Personal(random, addresses, company, french, given, surname, timeZone, locale);
        var primary = addresses.ClaimAt(company, given, surname);
        var companyAliasStyle = company.Style == AddressStyle.InitialDotLast ? AddressStyle.FirstDotLast : AddressStyle.InitialDotLast;
        var companyAlias = addresses.Claim(primary.Name, AddressBook.LocalPart(companyAliasStyle, given, surname), company.Domain);
        var personalAlias = addresses.Claim(primary.Name, given.Slug, french ? $"maison-{surname.Slug}.fr" : $"{surname.Slug}-home.net");
        var title = random.Pick(CompanyPool.Titles(french)).For(given.IsFemale);
        var mailbox = new MailboxOwner(
            ObjectId: random.NextGuid().ToString(),
            TenantId: random.NextGuid().ToString(),
            DisplayName: primary.Name,
            GivenName: given.Display,
            Surname: surname.Display,
            Address: primary.Address,
            Aliases: [personalAlias.Address, companyAlias.Address],
            TimeZone: timeZone,
            Locale: locale,
            JobTitle: title,
            CompanyName: company.Name,
            Kind: kind);
        return new PersonaOwner(mailbox, company, french, personalAlias, companyAlias);
    }

    /// <summary>
    /// An Outlook.com account made with another provider's address: the person signs in as
    /// given.surname@gmail.example, mail reaches given.surname@outlook.example (and an old Hotmail
    /// alias); in the consumer tenant, with the object id form of personal accounts (zeros, then the account's 64-bit id).
    /// </summary>
    private static PersonaOwner Personal(SeededRandom random, AddressBook addresses, Company company, bool french, GivenName given, Surname surname, string timeZone, string locale)
    {
        var primary = addresses.ClaimPersonal("outlook.example", given, surname);
        var hotmailAlias = addresses.Claim(primary.Name, given.Slug + surname.Slug, "hotmail.example");
        var personalAlias = addresses.Claim(primary.Name, given.Slug, french ? $"maison-{surname.Slug}.fr" : $"{surname.Slug}-home.net");
        var accountId = random.NextGuid().ToString("N")[..16];
        var mailbox = new MailboxOwner(
            ObjectId: $"00000000-0000-0000-{accountId[..4]}-{accountId[4..]}",
            TenantId: MailboxOwner.ConsumerTenantId,
            DisplayName: primary.Name,
            GivenName: given.Display,
            Surname: surname.Display,
            Address: primary.Address,
            Aliases: [personalAlias.Address, hotmailAlias.Address],
            TimeZone: timeZone,
            Locale: locale,
            Kind: MailboxKind.Personal,
            SignInName: $"{given.Slug}.{surname.Slug}@gmail.example");
        return new PersonaOwner(mailbox, company, french, personalAlias, hotmailAlias);
    }
}
