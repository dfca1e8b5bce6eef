namespace NudgeService.Sandbox.Personas;

/// <summary>How a company builds its addresses from a name.</summary>
internal enum AddressStyle
{
    /// <summary>jeanne.martin@</summary>
    FirstDotLast,

    /// <summary>j.martin@</summary>
    InitialDotLast,

    /// <summary>jmartin@</summary>
    InitialLast,
}

internal sealed record Company(string Name, string Domain, bool IsFrench, string TimeZoneId, AddressStyle Style);

internal sealed record JobTitle(string Masculine, string Feminine)
{
    public JobTitle(string title) : this(title, title)
    {
    }

    public string For(bool female) => female ? Feminine : Masculine;
}

/// <summary>Fictional companies, personal mail providers, titles and places.</summary>
internal static class CompanyPool
{
    public const string Paris = "Romance Standard Time";
    public const string London = "GMT Standard Time";
    public const string NewYork = "Eastern Standard Time";
    public const string SanFrancisco = "Pacific Standard Time";
    public const string Bangalore = "India Standard Time";
    public const string Auckland = "New Zealand Standard Time";

    public static readonly IReadOnlyList<string> TimeZones = [Paris, London, NewYork, SanFrancisco, Bangalore, Auckland];

    public static readonly IReadOnlyList<Company> FrenchEmployers =
    [
        new("Aubrac Conseil", "aubrac-conseil.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Lumeris", "lumeris.fr", true, Paris, AddressStyle.InitialLast),
        new("Hexanor Industries", "hexanor.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Groupe Vestal", "groupe-vestal.fr", true, Paris, AddressStyle.InitialDotLast),
    ];

    public static readonly IReadOnlyList<Company> BritishEmployers =
    [
        new("Brightwater Analytics", "brightwater-analytics.co.uk", false, London, AddressStyle.FirstDotLast),
        new("Kestrel Systems", "kestrelsystems.co.uk", false, London, AddressStyle.InitialLast),
    ];

    public static readonly IReadOnlyList<Company> AmericanEmployers =
    [
        new("Halcyon Freight", "halcyonfreight.com", false, NewYork, AddressStyle.FirstDotLast),
        new("Cedarline Health", "cedarline.com", false, NewYork, AddressStyle.InitialLast),
    ];

    public static readonly IReadOnlyList<Company> FrenchPartners =
    [
        new("Vauban Industries", "vauban-industries.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Sorelis Santé", "sorelis.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Atelier Mistral", "ateliermistral.fr", true, Paris, AddressStyle.InitialLast),
        new("Banque Delorme", "banquedelorme.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Groupe Orvalis", "orvalis.fr", true, Paris, AddressStyle.InitialDotLast),
        new("Ferrand & Associés", "ferrand-avocats.fr", true, Paris, AddressStyle.InitialLast),
        new("Novalise", "novalise.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Céleste Logistique", "celeste-logistique.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Verdane Énergie", "verdane-energie.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Maison Rivoire", "rivoire.fr", true, Paris, AddressStyle.InitialDotLast),
        new("Quantil", "quantil.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Lysandre Capital", "lysandre-capital.fr", true, Paris, AddressStyle.InitialLast),
        new("Presqu'île Médias", "presquile-medias.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Armor Agro", "armor-agro.fr", true, Paris, AddressStyle.FirstDotLast),
    ];

    public static readonly IReadOnlyList<Company> EnglishPartners =
    [
        new("Harrowgate Partners", "harrowgate.co.uk", false, London, AddressStyle.FirstDotLast),
        new("Fenwick & Shaw", "fenwickshaw.co.uk", false, London, AddressStyle.InitialLast),
        new("Thistledown Media", "thistledown.co.uk", false, London, AddressStyle.FirstDotLast),
        new("Carraway Bank", "carrawaybank.co.uk", false, London, AddressStyle.InitialDotLast),
        new("Albion Freight", "albionfreight.co.uk", false, London, AddressStyle.FirstDotLast),
        new("Marlow Digital", "marlowdigital.co.uk", false, London, AddressStyle.FirstDotLast),
        new("Hudson Ridge Capital", "hudsonridge.com", false, NewYork, AddressStyle.FirstDotLast),
        new("Bramblewood Health", "bramblewood.com", false, NewYork, AddressStyle.InitialLast),
        new("Northgate Robotics", "northgate-robotics.com", false, NewYork, AddressStyle.FirstDotLast),
        new("Cobalt Harbor Software", "cobaltharbor.io", false, NewYork, AddressStyle.FirstDotLast),
        new("Sierra Loom", "sierraloom.com", false, SanFrancisco, AddressStyle.FirstDotLast),
        new("Redwood Pixel", "redwoodpixel.io", false, SanFrancisco, AddressStyle.InitialLast),
        new("Tidewell Labs", "tidewell.ai", false, SanFrancisco, AddressStyle.FirstDotLast),
        new("Kaveri Infotech", "kaveri-infotech.in", false, Bangalore, AddressStyle.FirstDotLast),
        new("Sarathi Analytics", "sarathi-analytics.in", false, Bangalore, AddressStyle.InitialDotLast),
        new("Kowhai Ventures", "kowhai.co.nz", false, Auckland, AddressStyle.FirstDotLast),
        new("Tasman Reach", "tasmanreach.co.nz", false, Auckland, AddressStyle.FirstDotLast),
    ];

    /// <summary>Organisations only one tie of a persona works at: the owner's single link into each.</summary>
    public static readonly IReadOnlyList<Company> BridgeCompanies =
    [
        new("Institut Calliope", "institut-calliope.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Fondation Ravel", "fondation-ravel.org", true, Paris, AddressStyle.InitialLast),
        new("Observatoire Nadir", "obs-nadir.fr", true, Paris, AddressStyle.FirstDotLast),
        new("Wexcombe University", "wexcombe.ac.uk", false, London, AddressStyle.FirstDotLast),
        new("Larkspur Foundation", "larkspur.org", false, NewYork, AddressStyle.InitialLast),
        new("Meridian Trust", "meridiantrust.org.uk", false, London, AddressStyle.FirstDotLast),
    ];

    public static readonly IReadOnlyList<string> FrenchPersonalDomains = ["courriel-perso.fr", "boitemail.fr", "lemel.fr", "zephyrmail.fr"];

    public static readonly IReadOnlyList<string> EnglishPersonalDomains = ["inboxly.co.uk", "quickpost.net", "mailhaven.com", "postbox.me"];

    public static readonly IReadOnlyList<JobTitle> FrenchTitles =
    [
        new("Chef de projet", "Cheffe de projet"), new("Directeur financier", "Directrice financière"),
        new("Responsable des achats"), new("Ingénieur commercial", "Ingénieure commerciale"),
        new("Consultant senior", "Consultante senior"), new("Directeur des opérations", "Directrice des opérations"),
        new("Responsable RH"), new("Juriste"), new("Contrôleur de gestion", "Contrôleuse de gestion"),
        new("Architecte logiciel"), new("Chargé de communication", "Chargée de communication"),
        new("Analyste financier", "Analyste financière"), new("Responsable marketing"), new("Product manager"),
        new("Data scientist"), new("Acheteur", "Acheteuse"), new("Avocat associé", "Avocate associée"),
        new("Responsable partenariats"), new("Développeur", "Développeuse"), new("Directeur commercial", "Directrice commerciale"),
    ];

    public static readonly IReadOnlyList<JobTitle> FrenchSeniorTitles =
    [
        new("Directeur de projet", "Directrice de projet"), new("Directeur associé", "Directrice associée"),
        new("Directeur général adjoint", "Directrice générale adjointe"), new("Head of Data"),
        new("Directeur administratif et financier", "Directrice administrative et financière"), new("Responsable de pôle"),
    ];

    public static readonly IReadOnlyList<JobTitle> EnglishTitles =
    [
        new("Project Manager"), new("Finance Director"), new("Procurement Lead"), new("Account Executive"),
        new("Senior Consultant"), new("Head of Operations"), new("HR Business Partner"), new("Legal Counsel"),
        new("Financial Controller"), new("Software Architect"), new("Communications Manager"), new("Financial Analyst"),
        new("Marketing Manager"), new("Product Manager"), new("Data Scientist"), new("Buyer"), new("Partner"),
        new("Partnerships Lead"), new("Software Engineer"), new("Sales Director"),
    ];

    public static readonly IReadOnlyList<JobTitle> EnglishSeniorTitles =
    [
        new("Senior Project Manager"), new("Director of Finance"), new("VP Operations"), new("Head of Product"),
        new("Principal Engineer"), new("Chief Financial Officer"), new("Managing Partner"),
    ];

    public static readonly IReadOnlyList<string> FrenchPlaces =
        ["Café des Arts", "Brasserie du Marché", "Le Comptoir", "Salle Monge", "Salle Pasteur", "Bistrot Vendôme", "Chez Paulette"];

    public static readonly IReadOnlyList<string> EnglishPlaces =
        ["The Crown", "Bluebird Café", "Room Thames", "Room Severn", "Granary Kitchen", "Harbour Deli", "The Albion"];

    public const string OnlineMeeting = "Microsoft Teams Meeting";

    public static IReadOnlyList<Company> Partners(bool french) => french ? FrenchPartners : EnglishPartners;

    public static IReadOnlyList<string> PersonalDomains(bool french) => french ? FrenchPersonalDomains : EnglishPersonalDomains;

    public static IReadOnlyList<JobTitle> Titles(bool french) => french ? FrenchTitles : EnglishTitles;

    public static IReadOnlyList<JobTitle> SeniorTitles(bool french) => french ? FrenchSeniorTitles : EnglishSeniorTitles;

    public static IReadOnlyList<string> Places(bool french) => french ? FrenchPlaces : EnglishPlaces;
}
