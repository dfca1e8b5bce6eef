namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// A message header as the mailbox holds it. Seeded mail carries no body; mail sent or drafted
/// through the sandbox keeps the body its client supplied.
/// </summary>
public sealed record MailMessage
{
    public required long Number { get; init; }
    public required MailFolder Folder { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public required MailPerson From { get; init; }
    /// <summary>Who actually sent it; differs from <see cref="From"/> when a delegate sends on someone's behalf.</summary>
    public required MailPerson Sender { get; init; }
    public required IReadOnlyList<MailPerson> To { get; init; }
    public IReadOnlyList<MailPerson> Cc { get; init; } = [];
    public required string Subject { get; init; }
    public required long ConversationNumber { get; init; }
    /// <summary>"focused" or "other": Outlook's own guess whether a person would want to read it.</summary>
    public string InferenceClassification { get; init; } = "focused";
    /// <summary>Selected internet headers (List-Unsubscribe, Precedence, Auto-Submitted, ...), empty for person-to-person mail.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public MailBody? Body { get; init; }
    public bool IsDraft { get; init; }
    /// <summary>The number the message had when it first arrived; a move files it again under a new number (and so a new id), as Exchange does.</summary>
    public long? FirstNumber { get; init; }
    /// <summary>When the message last changed; null for mail that never did since it arrived.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>What an immutable id is made of: it survives moves between folders.</summary>
    public long ImmutableNumber => FirstNumber ?? Number;

    public DateTimeOffset LastModifiedAt => ModifiedAt ?? ReceivedAt;
}

public sealed record MailBody(string ContentType, string Content);
