using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Everyone the mailbox involves besides the owner.</summary>
internal sealed class PersonaNetwork
{
    /// <summary>Real relationships, layer by layer: the ties the rest of the persona draws its groups, threads and meetings from.</summary>
    public required IReadOnlyList<Tie> Ties { get; init; }

    /// <summary>Ties planted for the quarterly review, kept out of the others' draws so that the rest of the persona stays as it was.</summary>
    public IReadOnlyList<Tie> ReviewTies { get; init; } = [];

    public IReadOnlyList<Tie> AllTies => field ??= [.. Ties, .. ReviewTies];

    public required IReadOnlyList<Tie> Colleagues { get; init; }

    public required Tie Manager { get; init; }

    public required IReadOnlyList<Tie> Team { get; init; }

    public required IReadOnlyList<Tie> DirectReports { get; init; }

    public required Tie Leader { get; init; }

    public required IReadOnlyList<MailPerson> Assistants { get; init; }

    /// <summary>all-staff first, the owner's team list second.</summary>
    public required IReadOnlyList<MailPerson> DistributionLists { get; init; }

    /// <summary>Co-workers the owner has no relationship with: invited to all-hands, copied on large threads.</summary>
    public required IReadOnlyList<MailPerson> StaffRoster { get; init; }

    public required IReadOnlyList<AutomatedSender> AutomatedSenders { get; init; }
}
