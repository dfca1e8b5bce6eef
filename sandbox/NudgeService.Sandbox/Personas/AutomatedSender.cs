using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

internal enum AutomatedKind
{
    /// <summary>Bulk mail with List-Unsubscribe and Precedence: bulk.</summary>
    Newsletter,

    /// <summary>Tool notifications marked Auto-Submitted.</summary>
    Notification,

    /// <summary>Orders, statements, internal systems: no telltale header, only the address and the volume.</summary>
    Transactional,

    /// <summary>Reminders from a calendar system.</summary>
    CalendarBot,

    /// <summary>Bounces of the owner's own mail.</summary>
    MailerDaemon,
}

/// <param name="Share">Relative share of the automated volume.</param>
/// <param name="SendingHour">Local hour of a daily edition, or null for mail at any working hour.</param>
internal sealed record AutomatedSender(
    MailPerson Person,
    AutomatedKind Kind,
    double Share,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool ToPersonalAlias,
    double? SendingHour)
{
    public string InferenceClassification => Kind is AutomatedKind.Newsletter or AutomatedKind.Notification or AutomatedKind.CalendarBot ? "other" : "focused";
}

/// <summary>The automated senders a persona may receive from, most characteristic first.</summary>
internal static class AutomatedCatalogue
{
    public static IReadOnlyList<AutomatedSender> For(PersonaOwner owner, int count)
    {
        var french = owner.IsFrench;
        var company = owner.Company.Domain;
        List<AutomatedSender> senders =
        [
            Newsletter(french ? "La Lettre Éco" : "The Morning Ledger", french ? "newsletter@lettre-eco.fr" : "briefing@morningledger.co.uk", 5, false, 6.5,
                french ? ["La Lettre Éco du matin", "L'essentiel de l'actualité économique", "Édition spéciale : marchés", "Les chiffres de la semaine"]
                       : ["The Morning Ledger", "Today's business briefing", "Special edition: markets", "The week in numbers"]),
            Notification("Tasklane", "notifications@tasklane.io", 6,
                french ? ["Nouvelle tâche assignée", "Commentaire sur « Plan de déploiement »", "Échéance demain", "Tâche terminée"]
                       : ["New task assigned to you", "Comment on \"Rollout plan\"", "Due tomorrow", "Task completed"]),
            Transactional(french ? "Boutique Lumen" : "Lumen Store", french ? "commandes@boutique-lumen.fr" : "orders@lumenstore.co.uk", 0.6, true,
                OrderSubjects(french ? "Confirmation de votre commande n° " : "Your order #", 40)),
            new(new MailPerson(french ? "Agenda" : "Calendar", $"calendar-noreply@{company}"), AutomatedKind.CalendarBot, 2,
                french ? ["Rappel : réunion dans 15 minutes", "Invitation mise à jour", "Salle réservée"] : ["Reminder: meeting in 15 minutes", "Updated invitation", "Room booked"],
                Headers(("Auto-Submitted", "auto-generated")), false, null),
            new(new MailPerson("Mail Delivery System", $"mailer-daemon@mx.{company}"), AutomatedKind.MailerDaemon, 0, [],
                Headers(("Auto-Submitted", "auto-replied")), false, null),
            Transactional(french ? "Notes de frais" : "Expenses", french ? $"notes-de-frais@{company}" : $"expenses@{company}", 1, false,
                french ? ["Note de frais approuvée", "Justificatif manquant", "Remboursement effectué"] : ["Expense report approved", "Missing receipt", "Reimbursement paid"]),
            Newsletter(french ? "La Cave des Amis" : "Harbour Wines", french ? "actus@cavedesamis.fr" : "offers@harbourwines.co.uk", 1, true, 10,
                french ? ["Nos vins de la semaine", "Vente privée", "Nouveautés du mois"] : ["Wines of the week", "Private sale", "New this month"]),
            Transactional(french ? "Crédit Azur" : "Northbank", french ? "no-reply@credit-azur.fr" : "no-reply@northbank.co.uk", 0.5, true,
                french ? ["Votre relevé est disponible", "Opération sur votre compte", "Nouveau message sécurisé"] : ["Your statement is ready", "Account activity", "New secure message"]),
            Newsletter("Hebdo Tech", french ? "news@hebdo-tech.fr" : "news@techweekly.com", 1, false, 8,
                french ? ["Hebdo Tech : l'IA au bureau", "Hebdo Tech : cybersécurité", "Hebdo Tech : le cloud souverain"] : ["Tech Weekly: AI at work", "Tech Weekly: security", "Tech Weekly: cloud"]),
            Notification("CodeForge", "notifications@codeforge.dev", 3, ["[horizon] Pull request merged", "[horizon] Build failed", "[horizon] New issue opened"]),
            Transactional(french ? "Rail Voyages" : "RailHop", french ? "confirmation@rail-voyages.fr" : "tickets@railhop.co.uk", 0.4, true,
                french ? ["Votre e-billet", "Modification de votre voyage", "Rappel : départ demain"] : ["Your e-ticket", "Your journey has changed", "Reminder: travelling tomorrow"]),
            Newsletter(french ? "Réseau Pro" : "ProNet", french ? "digest@reseau-pro.com" : "digest@pronet.com", 2, false, 18,
                french ? ["Vos relations ont publié", "Nouvelles offres pour vous", "Qui a consulté votre profil"] : ["Your network posted", "Jobs for you", "Who viewed your profile"]),
            Transactional(french ? "Mutuelle Horizon" : "HealthShield", french ? "ne-pas-repondre@mutuelle-horizon.fr" : "donotreply@healthshield.co.uk", 0.3, true,
                french ? ["Votre remboursement", "Nouveau document disponible"] : ["Your claim", "New document available"]),
            Notification(french ? "Sécurité informatique" : "IT Security", $"security-noreply@{company}", 0.5,
                french ? ["Connexion depuis un nouvel appareil", "Mot de passe à renouveler"] : ["Sign-in from a new device", "Password expires soon"]),
            Notification("CloudVault", "updates@cloudvault.io", 1.5, ["A file was shared with you", "Storage almost full", "New sign-in"], withHeaders: false),
            Newsletter(french ? "Musée de la Ville" : "City Museum", french ? "lettre@musee-ville.fr" : "news@citymuseum.org", 0.5, true, 11,
                french ? ["Expositions du mois", "Nocturne jeudi"] : ["This month's exhibitions", "Late opening Thursday"]),
            Transactional("RideShare Go", "receipts@rideshare-go.com", 0.7, true, ["Your trip receipt", "Thanks for riding"]),
            Newsletter("Feedbackly", "surveys@feedbackly.com", 0.5, false, 14, ["Tell us about your experience", "2 minutes survey"]),
            Notification(french ? "Ressources humaines" : "People Team", french ? $"rh-noreply@{company}" : $"people-noreply@{company}", 0.3,
                french ? ["Votre bulletin de paie est disponible", "Entretien annuel à compléter"] : ["Your payslip is available", "Complete your annual review"], withHeaders: false),
            Newsletter(french ? "Le Fil Culture" : "Culture Wire", french ? "lefil@fil-culture.fr" : "wire@culturewire.com", 3, true, 7,
                french ? ["Le Fil du jour", "Sorties de la semaine"] : ["Today's Wire", "What's on this week"]),
            Transactional(french ? "Papeterie Rivage" : "Stationery Cove", french ? "commandes@papeterie-rivage.fr" : "orders@stationerycove.com", 0.2, false,
                OrderSubjects(french ? "Commande expédiée n° " : "Order shipped #", 15)),
            Notification("Statuspage", "noreply@status.tasklane.io", 0.8, ["[Resolved] Degraded performance", "[Investigating] Elevated errors"]),
            Newsletter(french ? "Alertes Emploi" : "CareerPath", french ? "alertes@emploi-cadres.fr" : "alerts@careerpath.com", 1, true, 9,
                french ? ["12 nouvelles offres", "Offres qui correspondent à votre profil"] : ["12 new jobs", "Jobs matching your profile"]),
            Transactional("Parcelo", "tracking@parcelo.eu", 0.4, true, ["Your parcel is on its way", "Delivered", "Delivery attempt failed"]),
            Notification("Signwell", "no-reply@signwell.io", 0.4, ["Document ready to sign", "Document completed"], withHeaders: false),
        ];
        return senders.Take(count).ToList();
    }

    private static AutomatedSender Newsletter(string name, string address, double share, bool toPersonal, double hour, IReadOnlyList<string> subjects)
    {
        var domain = address[(address.IndexOf('@') + 1)..];
        return new AutomatedSender(new MailPerson(name, address), AutomatedKind.Newsletter, share, subjects,
            Headers(
                ("List-Unsubscribe", $"<mailto:unsubscribe@{domain}?subject=unsubscribe>, <https://{domain}/unsubscribe>"),
                ("List-Id", $"<news.{domain}>"),
                ("Precedence", "bulk")),
            toPersonal, hour);
    }

    private static AutomatedSender Notification(string name, string address, double share, IReadOnlyList<string> subjects, bool withHeaders = true) =>
        new(new MailPerson(name, address), AutomatedKind.Notification, share, subjects,
            withHeaders ? Headers(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")) : [],
            false, null);

    private static AutomatedSender Transactional(string name, string address, double share, bool toPersonal, IReadOnlyList<string> subjects) =>
        new(new MailPerson(name, address), AutomatedKind.Transactional, share, subjects, [], toPersonal, null);

    private static KeyValuePair<string, string>[] Headers(params (string Name, string Value)[] headers) =>
        [.. headers.Select(header => KeyValuePair.Create(header.Name, header.Value))];

    /// <summary>A fixed set of order numbers, so that order mail does not build a subject per message.</summary>
    private static string[] OrderSubjects(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => prefix + (48213 + i * 7919 % 50000).ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
