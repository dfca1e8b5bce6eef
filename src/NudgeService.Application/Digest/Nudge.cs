using System.Security.Cryptography;
using System.Text;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>
/// One suggestion of one weekly digest, as drafted and shown, and what became of it. The action
/// links name it; later plans learn from its outcome.
/// </summary>
/// <param name="Id">Derived from the user, week, kind and person: planning the same week again gives the same ids.</param>
/// <param name="PersonKey">The correspondent's key in the ledger.</param>
/// <param name="Address">The only recipient a message sent from this nudge may have.</param>
/// <param name="Date">The day of a dated event; null for a reconnect.</param>
public sealed record Nudge(
    string UserId,
    DigestWeek Week,
    string Id,
    NudgeKind Kind,
    string PersonKey,
    string PersonName,
    string Address,
    string Language,
    string Why,
    DateOnly? Date,
    MessageDraft Draft)
{
    public SuggestionOutcome Outcome { get; init; } = SuggestionOutcome.Proposed;

    /// <summary>Which of the kind's wordings the draft uses (see <see cref="Wording.WordingMemory"/>); null for nudges drafted before wordings were remembered.</summary>
    public int? Wording { get; init; }

    public DateTimeOffset? OutcomeAt { get; init; }

    /// <summary>
    /// What is known of the message sent from this nudge: only its own transitions change it. Null
    /// when nothing was sent from NudgeService, and for messages sent before this was recorded.
    /// </summary>
    public SentMessage? SentMessage { get; private init; }

    /// <summary>Opaque concurrency version (the row's ETag): an outcome change is conditional on it.</summary>
    public string Version { get; init; } = "";

    /// <summary>Claims the nudge as sent just before Outlook is asked, so that nothing sends it twice.</summary>
    public Nudge ClaimedForSending(DateTimeOffset at) => Outcome.IsActedOn()
        ? throw new InvalidOperationException($"Nudge {Id} was already {Outcome}.")
        : this with { Outcome = SuggestionOutcome.Sent, OutcomeAt = at, SentMessage = SentMessage.Requested(at) };

    /// <summary>Claims the nudge as drafted just before Outlook is asked for the draft, so that nothing makes two.</summary>
    public Nudge ClaimedForDrafting(DateTimeOffset at) => Outcome.IsActedOn()
        ? throw new InvalidOperationException($"Nudge {Id} was already {Outcome}.")
        : this with { Outcome = SuggestionOutcome.Drafted, OutcomeAt = at };

    /// <summary>Outlook answered 202: it took the message, which Sent Items has yet to show.</summary>
    public Nudge AcceptedByOutlook(DateTimeOffset at) =>
        this with { SentMessage = (SentMessage ?? throw new InvalidOperationException($"Nudge {Id} was not claimed for sending.")).Accepted(at) };

    /// <summary>Outlook said the message did not leave: the nudge is as it was before the claim.</summary>
    public Nudge ReleasedTo(Nudge beforeClaim) => this with { Outcome = beforeClaim.Outcome, OutcomeAt = beforeClaim.OutcomeAt, SentMessage = beforeClaim.SentMessage };

    /// <summary>What a sync's reading of Sent Items tells of the message sent from this nudge (see <see cref="Domain.Planning.SentMessage.AfterSync"/>).</summary>
    public Nudge AfterSync(DateTimeOffset syncedAt, IEnumerable<DateTimeOffset> sentItemsTimesToRecipient) =>
        SentMessage is { } message ? this with { SentMessage = message.AfterSync(syncedAt, sentItemsTimesToRecipient) } : this;

    /// <summary>The nudge as storage holds it: the only way in for a sent message read back.</summary>
    public Nudge WithStored(SentMessage? sentMessage) => this with { SentMessage = sentMessage };

    public static string IdFor(string userId, DigestWeek week, NudgeKind kind, string personKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}|{week}|{kind}|{personKey}")))[..16];
}

/// <summary>Nudges, one partition per user, one row per nudge ordered by week.</summary>
public interface INudgeStore
{
    /// <summary>Makes the week's nudges exactly these: a run that planned the week again replaces what an interrupted one left.</summary>
    Task ReplaceWeekAsync(string userId, DigestWeek week, IReadOnlyList<Nudge> nudges, CancellationToken cancellationToken);

    Task<IReadOnlyList<Nudge>> WeekAsync(string userId, DigestWeek week, CancellationToken cancellationToken);

    /// <summary>Every nudge of the user from the given week on, for learning from past outcomes.</summary>
    Task<IReadOnlyList<Nudge>> SinceAsync(string userId, DigestWeek firstWeek, CancellationToken cancellationToken);

    Task<Nudge?> FindAsync(string userId, DigestWeek week, string id, CancellationToken cancellationToken);

    /// <summary>Records the nudge's outcome if its version is unchanged; null when something changed it meanwhile (a second click, a retry).</summary>
    Task<Nudge?> TryUpdateOutcomeAsync(Nudge nudge, CancellationToken cancellationToken);
}
