namespace NudgeService.Sandbox.Personas;

/// <summary>Subjects of one language, by the kind of exchange.</summary>
internal sealed record SubjectSet(
    IReadOnlyList<string> Work,
    IReadOnlyList<string> Personal,
    IReadOnlyList<string> SmallGroup,
    IReadOnlyList<string> LargeThread,
    IReadOnlyList<string> Announcement,
    IReadOnlyList<string> FromAssistant,
    IReadOnlyList<string> OnBehalf,
    IReadOnlyList<string> WorkMeeting,
    IReadOnlyList<string> PersonalMeeting,
    IReadOnlyList<string> GroupMeeting,
    AllDaySubjects AllDay,
    string Lunch,
    string OneOnOne,
    string TeamMeeting,
    string StandUp,
    string AllHands,
    string NewAddress,
    string Introduction,
    string ReplyPrefix,
    string ForwardPrefix,
    string UndeliverablePrefix);

internal sealed record AllDaySubjects(string Leave, string PublicHoliday, string Offsite, string Training, string TradeShow, string Remote);

internal static class SubjectPool
{
    public static readonly SubjectSet French = new(
        Work:
        [
            "Point budget T3", "Devis révisé", "Contrat cadre – dernières remarques", "Compte rendu de la réunion de mardi",
            "Relance facture", "Planning de la semaine prochaine", "Question sur le livrable", "Proposition commerciale",
            "Suivi du dossier", "Chiffres de ventes", "Validation du cahier des charges", "Présentation pour le comité",
            "Retour sur la démo", "Mise à jour du rétroplanning", "Avenant au contrat", "Demande de rendez-vous",
            "Documents pour la signature", "Votre avis sur la note", "Recrutement stagiaire", "Budget formation",
            "Point sur les risques", "Facture n° 2318", "Bon de commande", "Préparation de l'audit", "Synthèse des entretiens",
            "Nouvelle version du rapport", "Échéancier de paiement", "Lancement de la phase 2", "Accès à l'extranet",
            "Questions sur l'appel d'offres", "Petit point rapide", "Tarifs 2025", "Convention de partenariat",
            "Support de formation", "Indicateurs du mois", "Dossier de subvention", "Retour client", "Organisation du salon",
        ],
        Personal:
        [
            "Dîner samedi ?", "Photos des vacances", "Anniversaire de maman", "On se fait un ciné ?", "Week-end à la mer",
            "Des nouvelles", "Merci pour hier soir !", "Recette du gâteau", "Covoiturage dimanche", "Tu es dispo jeudi ?",
            "Réservation du gîte", "Match des enfants", "Cadeau pour Léon", "Randonnée en septembre", "Apéro vendredi",
        ],
        SmallGroup:
        [
            "Préparation du comité", "Atelier de cadrage", "Répartition des tâches", "Synthèse des retours",
            "Organisation du séminaire", "Point d'avancement projet", "Validation des maquettes", "Calendrier de la migration",
            "Relecture de la proposition", "Réponse à l'appel d'offres", "Plan d'action qualité", "Dossier partenaires",
        ],
        LargeThread:
        [
            "Lancement du projet Horizon", "Réorganisation des équipes", "Résultats du trimestre", "Déménagement des bureaux",
            "Nouvelle politique de télétravail", "Incident de production – suivi", "Appel d'offres – coordination",
            "Séminaire annuel – logistique", "Mise à jour de l'outil CRM", "Plan de formation", "Feuille de route produit",
            "Clôture budgétaire", "Migration de la messagerie", "Salon VivaTech – stand", "Enquête satisfaction clients",
        ],
        Announcement:
        [
            "Note d'information", "Fermeture des bureaux vendredi", "Bienvenue à nos nouveaux collègues",
            "Rappel : entretiens annuels", "Lettre interne", "Résultats de l'enquête d'engagement", "Travaux dans le bâtiment",
            "Soirée de fin d'année", "Nouvelle charte graphique", "Consignes de sécurité",
        ],
        FromAssistant:
        [
            "Votre agenda de demain", "Message téléphonique", "Notes de frais à valider", "Réservation de train confirmée",
            "Documents à signer", "Demande de rendez-vous", "Rappel : comité de direction", "Déplacement de la semaine prochaine",
        ],
        OnBehalf:
        [
            "Proposition de rendez-vous", "Confirmation de notre rencontre", "Documents pour la réunion", "Changement d'horaire",
            "Invitation au déjeuner", "Ordre du jour",
        ],
        WorkMeeting: ["Point", "Café", "Déjeuner", "Point projet", "Revue du dossier", "Visio", "Échange rapide", "Point commercial"],
        PersonalMeeting: ["Déjeuner", "Café", "Apéro", "Dîner", "Ciné"],
        GroupMeeting:
        [
            "Comité de pilotage", "Revue de sprint", "Atelier", "Point d'équipe élargi", "Revue budgétaire", "Point sécurité",
            "Démonstration produit", "Rétrospective", "Comité d'investissement", "Revue des risques", "Atelier stratégie",
        ],
        AllDay: new("Congés", "Jour férié", "Séminaire", "Formation", "Salon professionnel", "Télétravail"),
        Lunch: "Déjeuner",
        OneOnOne: "Point hebdo",
        TeamMeeting: "Réunion d'équipe",
        StandUp: "Point quotidien",
        AllHands: "Réunion plénière",
        NewAddress: "Nouvelle adresse e-mail",
        Introduction: "Mise en relation",
        ReplyPrefix: "RE: ",
        ForwardPrefix: "TR: ",
        UndeliverablePrefix: "Non remis : ");

    public static readonly SubjectSet English = new(
        Work:
        [
            "Q3 budget review", "Revised quote", "Framework agreement – final comments", "Notes from Tuesday's meeting",
            "Invoice reminder", "Plan for next week", "Question on the deliverable", "Commercial proposal", "Follow-up",
            "Sales figures", "Sign-off on the requirements", "Deck for the board", "Feedback on the demo", "Updated timeline",
            "Contract amendment", "Meeting request", "Documents for signature", "Your thoughts on the memo", "Intern hiring",
            "Training budget", "Risk review", "Invoice #2318", "Purchase order", "Audit preparation", "Interview summary",
            "New version of the report", "Payment schedule", "Phase 2 kick-off", "Extranet access", "RFP questions",
            "Quick catch-up", "2025 pricing", "Partnership agreement", "Training material", "Monthly KPIs", "Grant application",
            "Customer feedback", "Trade show planning",
        ],
        Personal:
        [
            "Dinner on Saturday?", "Holiday photos", "Mum's birthday", "Fancy a film?", "Weekend by the sea", "News",
            "Thanks for last night!", "That cake recipe", "Lift on Sunday", "Free on Thursday?", "Cottage booking",
            "Kids' football match", "Present for Leo", "Hike in September", "Drinks on Friday",
        ],
        SmallGroup:
        [
            "Committee prep", "Scoping workshop", "Who does what", "Summary of feedback", "Offsite planning",
            "Project status", "Mock-up sign-off", "Migration calendar", "Proposal review", "Tender response",
            "Quality action plan", "Partner pack",
        ],
        LargeThread:
        [
            "Project Horizon kick-off", "Team reorganisation", "Quarterly results", "Office move", "New hybrid working policy",
            "Production incident – follow-up", "Tender – coordination", "Annual offsite – logistics", "CRM tool update",
            "Training plan", "Product roadmap", "Year-end close", "Mail migration", "Trade show – stand", "Customer survey",
        ],
        Announcement:
        [
            "Company update", "Office closed on Friday", "Welcome to our new colleagues", "Reminder: annual reviews",
            "Internal newsletter", "Engagement survey results", "Building works", "End-of-year party", "New brand guidelines",
            "Safety notice",
        ],
        FromAssistant:
        [
            "Your schedule for tomorrow", "Phone message", "Expenses to approve", "Train booking confirmed", "Documents to sign",
            "Meeting request", "Reminder: leadership meeting", "Next week's trip",
        ],
        OnBehalf: ["Proposed meeting times", "Confirming our meeting", "Papers for the meeting", "Change of time", "Lunch invitation", "Agenda"],
        WorkMeeting: ["Catch-up", "Coffee", "Lunch", "Project sync", "Account review", "Quick call", "Intro call", "Pipeline review"],
        PersonalMeeting: ["Lunch", "Coffee", "Drinks", "Dinner", "Cinema"],
        GroupMeeting:
        [
            "Steering committee", "Sprint review", "Workshop", "Extended team sync", "Budget review", "Security review",
            "Product demo", "Retrospective", "Investment committee", "Risk review", "Strategy workshop",
        ],
        AllDay: new("Annual leave", "Bank holiday", "Offsite", "Training", "Trade show", "Working from home"),
        Lunch: "Lunch",
        OneOnOne: "Weekly 1:1",
        TeamMeeting: "Team meeting",
        StandUp: "Daily stand-up",
        AllHands: "All-hands",
        NewAddress: "My new email address",
        Introduction: "Introduction",
        ReplyPrefix: "RE: ",
        ForwardPrefix: "Fwd: ",
        UndeliverablePrefix: "Undeliverable: ");

    public static SubjectSet For(bool french) => french ? French : English;
}

/// <summary>
/// "RE: " and "TR: " forms of pooled subjects, built once per distinct subject so that a
/// mailbox of 200,000 replies holds a few hundred subject strings.
/// </summary>
internal sealed class PrefixedSubjects
{
    private readonly Dictionary<(string Prefix, string Subject), string> cache = [];

    public string Of(string prefix, string subject)
    {
        if (!cache.TryGetValue((prefix, subject), out var prefixed))
        {
            prefixed = string.Concat(prefix, subject);
            cache.Add((prefix, subject), prefixed);
        }
        return prefixed;
    }
}
