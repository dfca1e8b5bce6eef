namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// What the persona generator planted, written next to the mailbox so that accuracy tests can
/// compare what NudgeService concludes with what is true.
/// </summary>
public sealed record GroundTruth(
    DateTimeOffset Now,
    IReadOnlyList<string> OwnerAddresses,
    IReadOnlyList<string> AutomatedSenders,
    IReadOnlyList<string> Assistants,
    IReadOnlyList<string> DistributionLists,
    IReadOnlyList<TieTruth> Ties,
    IReadOnlyList<LifeEventTruth> LifeEventsComingWeek)
{
    public ReviewTruth? Review { get; init; }
}

/// <summary>A real relationship of the owner.</summary>
/// <param name="Layer">Dunbar layer: 1 (~5 closest), 2 (~15), 3 (~50), 4 (~150), 5 (weak ties).</param>
/// <param name="CadenceDays">The usual gap between interactions the generator used for this tie.</param>
/// <param name="GoingCold">True when the tie went silent, unusually for it, before <see cref="GroundTruth.Now"/>.</param>
/// <param name="SilentSince">When the planted silence started (null for ties that did not decay).</param>
/// <param name="Interactions">Counts of what the mailbox holds with this person up to Now.</param>
public sealed record TieTruth(
    string Address,
    string Name,
    int Layer,
    double CadenceDays,
    bool GoingCold,
    DateTimeOffset? SilentSince,
    InteractionCounts Interactions,
    InteractionCounts InteractionsLast365Days)
{
    /// <summary>Other addresses of the same person (personal and work, or a new employer's), counted with <see cref="Address"/>.</summary>
    public IReadOnlyList<string> OtherAddresses { get; init; } = [];
}

/// <summary>
/// Interactions as the product counts them: mail the owner sent with the person in To or Cc,
/// mail the person sent the owner (From), and meetings both attended that were not cancelled
/// or declined and have started.
/// </summary>
public sealed record InteractionCounts(int MailsSent, int MailsReceived, int Meetings);

/// <summary>A dated event in the coming week worth (or, for a job loss, explicitly not worth) a word.</summary>
/// <param name="Kind">birthday, newRole, jobLoss, newDomain or seeingSoon.</param>
/// <param name="Detail">Facts a draft can use: the new title and company, the meeting subject, the age if known.</param>
public sealed record LifeEventTruth(string Kind, string Address, string Name, DateOnly Date, string Detail);

/// <summary>What a quarterly review of the persona should find, each list by its definition over the generator's own knowledge.</summary>
/// <param name="OneSided">Ties planted one-sided that the last year's mail shows so: three mails or more from one side, at most one answer for five, fewer than two meetings.</param>
/// <param name="Bridges">Two-way ties with three interactions or more who are the only tie working at their organisation.</param>
/// <param name="Introductions">Ties of layers 1–4 who started during the history and first appeared in mail another such tie sent, or a meeting they organised.</param>
/// <param name="PairsWorthIntroducing">Two ties of layers 1–3 with a contact card, of one field of work at different organisations, never in the same mail or meeting.</param>
public sealed record ReviewTruth(
    IReadOnlyList<OneSidedTruth> OneSided,
    IReadOnlyList<BridgeTruth> Bridges,
    IReadOnlyList<IntroductionTruth> Introductions,
    IReadOnlyList<PairTruth> PairsWorthIntroducing);

/// <param name="Writer">"owner" or "tie": the side that writes.</param>
public sealed record OneSidedTruth(string Address, string Writer, int Mails);

/// <param name="Cooling">The tie went silent, unusually for it (planted going cold).</param>
public sealed record BridgeTruth(string Address, string Organisation, bool Cooling);

public sealed record IntroductionTruth(string Introducer, string Newcomer, DateOnly Day, bool Planted);

public sealed record PairTruth(string First, string Second, string Field);
