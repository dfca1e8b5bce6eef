using System.Globalization;
using NudgeService.Domain.Ledger;

namespace NudgeService.Cli.Ties;

/// <summary>
/// Interactions per owner and contact read from a log with the columns
/// owner,timestamp_utc,folder,from,to,cc,subject (or thread, the key the logs kept in the repository
/// have in place of the subject; neither is read): the owner's sent mail to a contact in To or Cc,
/// and inbox mail from a contact. Deleted items are ignored; a message listed twice counts once.
/// </summary>
public sealed class InteractionLog
{
    private static readonly string[] Header = ["owner", "timestamp_utc", "folder", "from", "to", "cc", "subject"];

    private readonly Dictionary<string, Dictionary<string, List<LoggedInteraction>>> byOwner = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string Owner, string Contact, DateTimeOffset At, TouchKind Kind)> seen = [];
    private readonly Dictionary<(string Owner, string Contact), List<DateTimeOffset>> sightings = [];

    public int Rows { get; private set; }

    /// <summary>Rows that could not be read: wrong number of fields, a bad quote, an unreadable timestamp, an unknown folder.</summary>
    public List<string> Malformed { get; } = [];

    public IReadOnlyDictionary<string, Dictionary<string, List<LoggedInteraction>>> ByOwner => byOwner;

    /// <summary>When the contact appeared in the owner's mail in any role (From, To or Cc), interaction or not, in time order.</summary>
    public IReadOnlyList<DateTimeOffset> SightingsOf(string owner, string contact) => sightings.GetValueOrDefault((owner, contact)) ?? [];

    public static InteractionLog Read(TextReader reader)
    {
        var log = new InteractionLog();
        var csv = new QuotedCsv(reader);
        var header = csv.Read(out _);
        var names = header?.Take(Header.Length).Select(name => name.Trim().ToLowerInvariant()).ToList() ?? [];
        if (names.Count == Header.Length && names[^1] == "thread") names[^1] = Header[^1];
        if (!names.SequenceEqual(Header))
        {
            throw new FormatException($"The log must start with the header {string.Join(',', Header)} (or thread in place of subject).");
        }
        while (csv.Read(out var wellFormed) is { } fields)
        {
            log.Rows++;
            var problem = !wellFormed ? "misplaced quote" : fields.Count != Header.Length ? $"{fields.Count} fields instead of {Header.Length}" : log.Add(fields);
            if (problem is not null) log.Malformed.Add($"line {csv.LineNumber}: {problem}");
        }
        foreach (var contacts in log.byOwner.Values)
        {
            foreach (var interactions in contacts.Values) interactions.Sort((a, b) => a.At.CompareTo(b.At));
        }
        foreach (var times in log.sightings.Values) times.Sort();
        return log;
    }

    private string? Add(List<string> fields)
    {
        var owner = fields[0].Trim();
        if (owner.Length == 0) return "no owner";
        if (!DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return $"unreadable timestamp '{fields[1]}'";
        }
        var from = Normalize(fields[3]);
        var recipients = Addresses(fields[4]).Concat(Addresses(fields[5])).Distinct().Where(address => address != Normalize(owner)).ToList();
        var folder = fields[2].Trim().ToLowerInvariant();
        if (folder is "sentitems" or "inbox")
        {
            foreach (var person in recipients.Append(from).Where(address => address.Length > 0 && address != Normalize(owner)).Distinct()) See(owner, person, at);
        }
        switch (folder)
        {
            case "sentitems":
                foreach (var recipient in recipients) Record(owner, recipient, new LoggedInteraction(at, TouchKind.MailFromUser, recipients.Count));
                return null;
            case "inbox":
                if (from.Length > 0 && from != Normalize(owner)) Record(owner, from, new LoggedInteraction(at, TouchKind.MailToUser, 1 + recipients.Count(address => address != from)));
                return null;
            case "deleteditems":
                return null;
            default:
                return $"unknown folder '{fields[2]}'";
        }
    }

    private void Record(string owner, string contact, LoggedInteraction interaction)
    {
        if (!seen.Add((owner, contact, interaction.At, interaction.Kind))) return;
        if (!byOwner.TryGetValue(owner, out var contacts)) byOwner[owner] = contacts = new(StringComparer.Ordinal);
        if (!contacts.TryGetValue(contact, out var interactions)) contacts[contact] = interactions = [];
        interactions.Add(interaction);
    }

    private void See(string owner, string contact, DateTimeOffset at)
    {
        if (!sightings.TryGetValue((owner, contact), out var times)) sightings[(owner, contact)] = times = [];
        times.Add(at);
    }

    private static IEnumerable<string> Addresses(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).Where(address => address.Length > 0);

    private static string Normalize(string address) => address.Trim().Trim('<', '>').ToLowerInvariant();
}

/// <param name="Audience">People in the message other than the owner.</param>
public readonly record struct LoggedInteraction(DateTimeOffset At, TouchKind Kind, int Audience);
