namespace NudgeService.Domain.Correspondents;

/// <summary>
/// What a local part says about who reads it, in English and French with the commonest forms of
/// a few other languages. Words are matched whole ("bill" is a first name, "billing" is not);
/// only fragments no person's name contains are matched inside run-together local parts.
/// </summary>
internal static class AddressPatterns
{
    private static readonly string[] NoReplyFragments =
    [
        "noreply", "donotreply", "dontreply", "donotrespond", "noresponse", "nepasrepondre", "nepasrepondez", "nereponde",
        "noresponder", "nichtantworten", "keineantwort", "nonrispondere", "mailerdaemon", "postmaster", "bounce", "noaddress",
    ];

    /// <summary>Functions no person is named after: always automated, whatever the exchange.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "info", "infos", "information", "informations", "news", "newsletter", "newsletters", "infolettre", "lettre", "actu", "actus", "actualites",
        "notification", "notifications", "notify", "notifier", "alert", "alerts", "alerte", "alertes", "update", "updates", "digest",
        "announce", "announcement", "announcements", "annonce", "annonces", "marketing", "promo", "promos", "promotions", "offers", "offres", "deals",
        "order", "orders", "commande", "commandes", "shop", "boutique", "billing", "invoice", "invoices", "facture", "factures", "facturation",
        "receipt", "receipts", "recu", "recus", "payment", "payments", "paiement", "statement", "statements", "releve", "account", "accounts", "compte",
        "support", "helpdesk", "assistance", "customerservice", "serviceclient", "clients", "tracking", "suivi", "shipping", "livraison", "colis",
        "tickets", "billets", "booking", "bookings", "reservation", "reservations", "confirmation", "confirmations", "reminder", "reminders", "rappel",
        "calendar", "agenda", "careers", "recrutement", "recruiting", "hr", "rh", "payroll", "paie", "expenses", "frais", "feedback", "survey", "surveys",
        "enquete", "admin", "administrator", "webmaster", "system", "systems", "robot", "bot", "automated", "automailer", "mailer", "security", "securite",
        "verify", "verification", "subscriptions", "abonnement", "abonnements", "rewards", "fidelite", "welcome", "bienvenue", "event", "events",
        "evenement", "evenements", "mailing", "mailings", "team", "contact", "pedidos", "facturas", "noticias", "avisos", "bestellung", "rechnung", "ordini", "fatture", "notizie",
    };

    /// <summary>Functions a one-person business may use too: automated only when the user does not correspond.</summary>
    private static readonly HashSet<string> SharedMailboxWords = new(StringComparer.Ordinal)
    {
        "hello", "bonjour", "office", "mail", "accueil", "secretariat", "reception", "sales", "ventes", "service", "help", "editor", "redaction",
    };

    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "all", "everyone", "everybody", "staff", "allstaff", "allhands", "dl", "list", "lists", "listserv", "group", "groups", "managers", "committee",
        "board", "members", "tous", "personnel", "equipe", "equipes", "comite", "codir", "comex", "department", "dept", "leadership", "project", "projet",
        "team", "teams", "office", "bureau",
    };

    private static readonly string[] RoleFragments =
        ["newsletter", "notification", "announcement", "unsubscribe", "webmaster", "customerservice", "serviceclient", "listadmin", "listserv", "majordomo", "mgmt"];

    /// <summary>Endings of run-together publication names: "petroleumworldnews", "rciinfo".</summary>
    private static readonly string[] RoleEndings = ["news", "info", "alerts", "updates"];

    private static readonly string[] ListFragments = ["listserv", "majordomo", "allstaff", "allhands", "allemployees"];

    public static bool IsNoReply(string address) => ContainsAny(NameText.Letters(NameText.LocalPart(address)), NoReplyFragments);

    public static bool IsRole(string address)
    {
        var words = LocalWords(address);
        return words.Any(RoleWords.Contains)
            || ContainsAny(string.Concat(words), RoleFragments)
            || words.Any(word => RoleEndings.Any(ending => word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)));
    }

    public static bool IsSharedMailbox(string address) => LocalWords(address).Any(SharedMailboxWords.Contains);

    public static bool IsList(string address) =>
        LocalWords(address).Any(ListWords.Contains) || ContainsAny(NameText.Letters(NameText.LocalPart(address)), ListFragments);

    private static string[] LocalWords(string address) => NameText.Words(NameText.LocalPart(address));

    private static bool ContainsAny(string letters, string[] fragments) => fragments.Any(fragment => letters.Contains(fragment, StringComparison.Ordinal));
}
