namespace NudgeService.Sandbox.Personas;

/// <summary>The dials of one persona size.</summary>
/// <param name="TiesPerLayer">Ties in Dunbar layers 1 to 5 (each layer excluding the inner ones).</param>
/// <param name="CadenceScale">Stretches the gaps of the inner layers: a small persona writes less often, not only to fewer people.</param>
/// <param name="WeakTieContactShare">Share of layer-5 ties the owner saved as a contact.</param>
/// <param name="StaffRosterSize">Co-workers who are no relationship: invited to all-hands, copied on large threads.</param>
/// <param name="TargetMessages">Large threads fill what ties, assistants and automated mail leave of this.</param>
/// <param name="TargetEvents">Group meetings fill what series and ties leave of this.</param>
/// <param name="RareTies">Naturally rare ties, long silent without it being unusual.</param>
internal sealed record PersonaProfile(
    PersonaSize Size,
    IReadOnlyList<int> TiesPerLayer,
    double CadenceScale,
    double WeakTieContactShare,
    int StaffRosterSize,
    int AssistantCount,
    int TeamSize,
    int DirectReportCount,
    bool HasDailyStandUp,
    int DistributionListCount,
    int AutomatedSenderCount,
    double AutomatedMailsPerDay,
    double DistributionListMailsPerWeek,
    double AssistantMailsPerWeek,
    int TargetMessages,
    int TargetEvents,
    int BirthdaysComingWeek,
    int NewRolesComingWeek,
    int RareTies)
{
    public static PersonaProfile For(PersonaSize size) => size switch
    {
        PersonaSize.Small => new(size, [4, 8, 14, 20, 30], 4.0, 0.2, 40, 1, 4, 0, false, 2, 8, 0.6, 0.7, 1.2, 2_000, 400, 2, 1, 2),
        PersonaSize.Medium => new(size, [5, 10, 35, 100, 600], 1.0, 0.42, 120, 1, 6, 3, false, 4, 15, 14, 6, 6, 25_000, 3_000, 3, 2, 4),
        PersonaSize.Large => new(size, [5, 12, 40, 110, 4_000], 0.8, 0.71, 400, 2, 8, 8, true, 6, 25, 70, 25, 25, 200_000, 20_000, 6, 4, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };
}
