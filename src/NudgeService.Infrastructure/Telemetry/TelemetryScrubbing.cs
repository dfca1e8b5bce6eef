using System.Text;
using System.Text.RegularExpressions;
using NudgeService.Application.Telemetry;

namespace NudgeService.Infrastructure.Telemetry;

/// <summary>
/// The rules that keep people out of telemetry: a user id becomes its pseudonym, an address is
/// replaced, and a URL keeps its host and the shape of its path only, since Storage puts partition
/// keys (user ids) in paths and Graph puts item ids and sync tokens in paths and queries.
/// </summary>
internal static partial class TelemetryScrubbing
{
    public const string UserIdAttribute = "UserId";

    private const string Redacted = "[address]";

    private static readonly string[] UrlTags = ["url.full", "http.url"];

    /// <summary>Drops the query and fragment; keeps a table's name but not the key after it; replaces every segment that looks like an id.</summary>
    public static string Url(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "[url]";
        var path = new StringBuilder();
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path.Append('/').Append(Segment(Uri.UnescapeDataString(segment)));
        }
        return $"{uri.Scheme}://{uri.Authority}{(path.Length == 0 ? "/" : path.ToString())}";
    }

    public static bool IsUrlTag(string key) => UrlTags.Contains(key);

    public static bool IsQueryTag(string key) => key == "url.query";

    /// <summary>Any text that may carry addresses: exception messages, error descriptions.</summary>
    public static string Text(string text) => Address().Replace(text, Redacted);

    public static object? Value(string key, object? value) => (key, value) switch
    {
        (UserIdAttribute, string userId) => TelemetryIds.Of(userId),
        (_, string text) => Text(text),
        _ => value,
    };

    private static string Segment(string segment)
    {
        var key = segment.IndexOf('(');
        if (key >= 0) return segment[..key] + "()";
        return LooksLikeId(segment) ? "{id}" : segment;
    }

    /// <summary>Path words are short and lowercase-ish ("v1.0", "mailFolders", "digest-jobs"); ids are long or carry digits and symbols among letters.</summary>
    private static bool LooksLikeId(string segment) =>
        segment.Contains('@')
        || segment.Length >= 20
        || (segment.Length >= 8 && segment.Count(char.IsAsciiDigit) >= 3)
        || segment.Any(c => c is '=' or '+' or '%' or '\'' or ' ');

    [GeneratedRegex(@"[^\s@<>""'(),;:]+@[^\s@<>""'(),;:]+\.[A-Za-z]{2,}")]
    private static partial Regex Address();
}
