using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.MailboxLogs;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Admin;

/// <summary>Where served mailboxes come from: a generated persona or a replayed interaction log.</summary>
public sealed class MailboxSources(MailboxRegistry registry, SandboxOptions options, TimeProvider time)
{
    /// <summary>Personas default to "now" at 09:00 UTC today, so the same seed gives the same mailbox all day.</summary>
    public DateTimeOffset DefaultNow => new(time.GetUtcNow().UtcDateTime.Date.AddHours(9), TimeSpan.Zero);

    public (Mailbox? Mailbox, string? Error) Add(AddMailboxRequest request)
    {
        try
        {
            if (request.Log is not null)
            {
                if (string.IsNullOrWhiteSpace(request.Owner)) return (null, "owner is required with log.");
                return (Serve(MailboxLogReplay.Load(request.Log, request.Owner).Seed), null);
            }
            // "personal": the small network in an Outlook.com account signed in with another provider's address.
            if (string.Equals(request.Persona, "personal", StringComparison.OrdinalIgnoreCase))
            {
                return (Serve(PersonaGenerator.Generate(PersonaSize.Small, request.Seed ?? 1, request.Now ?? DefaultNow, MailboxKind.Personal)), null);
            }
            if (!Enum.TryParse<PersonaSize>(request.Persona ?? "small", ignoreCase: true, out var size)) return (null, "persona must be small, medium, large or personal.");
            return (Serve(PersonaGenerator.Generate(size, request.Seed ?? 1, request.Now ?? DefaultNow)), null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or InvalidOperationException or ArgumentException)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>Serves a mailbox and, when a data folder is set, writes its ground truth next to it.</summary>
    public Mailbox Serve(MailboxSeed seed)
    {
        var mailbox = registry.Add(seed);
        if (options.DataDirectory is { } directory && seed.GroundTruth is { } truth)
        {
            Directory.CreateDirectory(directory);
            GroundTruthFile.Write(truth, GroundTruthFile.PathFor(directory, seed.Owner.Address));
        }
        return mailbox;
    }
}
