namespace NudgeService.Application.Digest;

/// <summary>How a draft addresses the person: French <i>tu</i> and a first name for close ties, <i>vous</i> and a fuller greeting otherwise.</summary>
public enum Register
{
    Familiar,
    Formal,
}

/// <summary>Everything a drafted message may say about one person, and nothing else.</summary>
/// <param name="Language">The draft's language: the user's, or the one chosen for this contact.</param>
/// <param name="Variant">Which of the kind's wordings to use; rotated week to week so that no two weeks read the same.</param>
public sealed record DraftRequest(
    NudgeKind Kind,
    string Language,
    Register Register,
    string FirstName,
    string FullName,
    string SenderFirstName,
    int Variant,
    DraftContext Context);

/// <summary>The shared context the ledger knows; every field is optional and templates say less when it is missing.</summary>
public sealed record DraftContext
{
    /// <summary>The day of the event (a birthday, a meeting coming up).</summary>
    public DateOnly? EventDate { get; init; }

    public DateOnly? LastInteraction { get; init; }

    public int? SilenceDays { get; init; }

    public string? LastMeetingSubject { get; init; }

    public DateOnly? LastMeetingDate { get; init; }

    public string? UpcomingMeetingSubject { get; init; }

    public string? NewTitle { get; init; }

    public string? NewCompany { get; init; }

    public string? PreviousTitle { get; init; }

    public string? PreviousCompany { get; init; }

    public int? Age { get; init; }
}

/// <summary>A message ready to send from the user's mailbox: plain text, the user's own words to edit.</summary>
public sealed record MessageDraft(string Subject, string Body);
