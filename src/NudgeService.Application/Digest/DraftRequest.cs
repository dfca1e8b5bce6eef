namespace NudgeService.Application.Digest;

/// <summary>How a draft addresses the person: French <i>tu</i> for close ties, <i>vous</i> otherwise; in English, how warm the greeting and closing are.</summary>
public enum Register
{
    Familiar,
    Formal,
}

/// <summary>Everything a drafted message may say about one person, and nothing else.</summary>
/// <param name="Language">The draft's language: the user's, or the one chosen for this contact.</param>
/// <param name="Greeting">The first line as people write it: "Hi Natalie,", « Bonjour Natalie, », "Dear Dr Ellis,".</param>
/// <param name="Variant">Which of the kind's wordings to use, chosen so that nobody gets the same one twice in a year.</param>
public sealed record DraftRequest(
    NudgeKind Kind,
    string Language,
    Register Register,
    string Greeting,
    string FirstName,
    string SenderFirstName,
    int Variant,
    DraftContext Context);

/// <summary>
/// The shared context the ledger knows, already worded as a person says it; every field is optional
/// and templates say less when it is missing.
/// </summary>
public sealed record DraftContext
{
    /// <summary>The day of the event (a birthday, a meeting coming up).</summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>How long since the last exchange, as said ("a few months"); only when the silence is unusual for the tie.</summary>
    public string? Silence { get; init; }

    /// <summary>"since March", « depuis mars »: the same silence by its month, when it names one.</summary>
    public string? SilenceSinceMonth { get; init; }

    /// <summary>The last small meeting together as people name it ("our lunch"); null when its subject is not to be repeated.</summary>
    public string? LastMeeting { get; init; }

    /// <summary>The meeting coming up, named the same way.</summary>
    public string? UpcomingMeeting { get; init; }

    public string? NewTitle { get; init; }

    public string? NewCompany { get; init; }

    public string? PreviousTitle { get; init; }

    public string? PreviousCompany { get; init; }

    public int? Age { get; init; }
}

/// <summary>A message ready to send from the user's mailbox: plain text, the user's own words to edit.</summary>
public sealed record MessageDraft(string Subject, string Body);
