namespace NudgeService.Sandbox.Personas;

/// <param name="NewTitle">Null when the tie lost the job.</param>
/// <param name="NewCompany">Null when the tie lost the job; the same company for a promotion.</param>
internal sealed record JobChange(Tie Tie, DateTimeOffset EffectiveAt, string? NewTitle, string? NewCompany)
{
    public bool IsJobLoss => NewCompany is null;
}

/// <summary>What the planner decided to happen, for the mail, calendar and contacts to show and the ground truth to list.</summary>
internal sealed class PlantedEvents
{
    /// <summary>The owner's local dates of the coming week, today first.</summary>
    public required IReadOnlyList<DateOnly> ComingWeek { get; init; }

    /// <summary>Birthdays of ties with a contact card, in tie order.</summary>
    public List<(Tie Tie, Birthday Birthday)> Birthdays { get; } = [];

    public List<JobChange> JobChanges { get; } = [];

    public Tie? NewDomainTie { get; set; }

    /// <summary>The day in the coming week the tie writes from the new address again.</summary>
    public DateOnly NewDomainMailDay { get; set; }

    public Tie? SeeingSoonTie { get; set; }

    public DateOnly SeeingSoonDay { get; set; }

    public string SeeingSoonSubject { get; set; } = "";
}
