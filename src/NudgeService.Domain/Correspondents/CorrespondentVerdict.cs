namespace NudgeService.Domain.Correspondents;

/// <summary>What an address is and which rule said so.</summary>
public sealed record CorrespondentVerdict(CorrespondentKind Kind, ClassificationReason Reason)
{
    public bool IsPerson => Kind == CorrespondentKind.Person;
}
