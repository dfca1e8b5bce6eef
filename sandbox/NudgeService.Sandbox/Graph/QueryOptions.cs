using System.Globalization;
using System.Text.RegularExpressions;

namespace NudgeService.Sandbox.Graph;

/// <summary>The OData query options and Prefer values a collection request carries, validated.</summary>
public sealed partial record QueryOptions(
    IReadOnlySet<string>? Select,
    int PageSize,
    bool PageSizeFromPrefer,
    int Skip,
    DateTimeOffset? ReceivedFrom,
    DateTimeOffset? ReceivedBefore,
    string? OutlookTimeZone,
    bool ImmutableIds = false,
    DateTimeOffset? ModifiedFrom = null)
{
    public const int MaxPageSize = 1000;

    /// <summary>Parses the options a route allows; anything else is the error Graph would give.</summary>
    public static (QueryOptions? Options, GraphResponse? Error) Parse(GraphRequest request, EntityShape shape, int defaultPageSize, params string[] allowed)
    {
        foreach (var name in request.Query.Keys.Where(name => name.StartsWith('$')))
        {
            if (!allowed.Contains(name, StringComparer.OrdinalIgnoreCase) && name is not ("$skiptoken" or "$deltatoken"))
            {
                return (null, GraphErrors.BadRequest($"Query option '{name}' is not supported on this request."));
            }
        }

        IReadOnlySet<string>? select = null;
        if (request.QueryValue("$select") is { } selectText)
        {
            var names = selectText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.FirstOrDefault(name => !shape.Properties.Contains(name));
            if (unknown is not null) return (null, GraphErrors.BadRequest($"Could not find a property named '{unknown}' on type 'microsoft.graph.{shape.TypeName}'."));
            select = names.Select(name => shape.Properties.First(property => string.Equals(property, name, StringComparison.OrdinalIgnoreCase))).ToHashSet(StringComparer.Ordinal);
        }

        var pageSize = defaultPageSize;
        var fromPrefer = false;
        if (request.Prefer is { } prefer && MaxPageSizePreference().Match(prefer) is { Success: true } preferred)
        {
            pageSize = Math.Clamp(int.Parse(preferred.Groups[1].Value, CultureInfo.InvariantCulture), 1, MaxPageSize);
            fromPrefer = true;
        }
        if (request.QueryValue("$top") is { } topText)
        {
            if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top < 1 || top > MaxPageSize)
            {
                return (null, GraphErrors.BadRequest($"Invalid value '{topText}' for $top: it must be between 1 and {MaxPageSize}."));
            }
            pageSize = top;
        }

        var skip = 0;
        if (request.QueryValue("$skip") is { } skipText && (!int.TryParse(skipText, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            return (null, GraphErrors.BadRequest($"Invalid value '{skipText}' for $skip."));
        }

        DateTimeOffset? from = null, before = null, modifiedFrom = null;
        if (request.QueryValue("$filter") is { } filter)
        {
            foreach (var clause in filter.Split(" and ", StringSplitOptions.TrimEntries))
            {
                var match = InstantFilter().Match(clause);
                if (!match.Success || !DateTimeOffset.TryParse(match.Groups[3].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    return (null, GraphErrors.BadRequest($"Invalid filter clause '{clause}': only receivedDateTime and lastModifiedDateTime comparisons are supported."));
                }
                var property = match.Groups[1].Value.ToLowerInvariant();
                switch (property, match.Groups[2].Value.ToLowerInvariant())
                {
                    case ("receiveddatetime", "ge"): from = instant; break;
                    case ("receiveddatetime", "gt"): from = instant.AddTicks(1); break;
                    case ("receiveddatetime", "lt"): before = instant; break;
                    case ("receiveddatetime", "le"): before = instant.AddTicks(1); break;
                    case ("lastmodifieddatetime", "ge"): modifiedFrom = instant; break;
                    case ("lastmodifieddatetime", "gt"): modifiedFrom = instant.AddTicks(1); break;
                    default: return (null, GraphErrors.BadRequest($"Invalid filter clause '{clause}'."));
                }
            }
        }

        var timeZone = request.Prefer is { } preferZone && OutlookTimeZonePreference().Match(preferZone) is { Success: true } zone ? zone.Groups[1].Value : null;
        var immutable = request.Prefer is { } preferId && ImmutableIdPreference().IsMatch(preferId);
        return (new QueryOptions(select, pageSize, fromPrefer, skip, from, before, timeZone, immutable, modifiedFrom), null);
    }

    /// <summary>
    /// How many items a page actually holds. odata.maxpagesize is a preference and Graph may send
    /// fewer; nothing documents by how much, so the sandbox sends fewer: message pages between half
    /// and all of the size asked (varying page by page), contact delta pages at most 200 and calendar
    /// delta pages at most 100 whatever is asked.
    /// </summary>
    public int ServedPageSize(char kind, long page) => kind switch
    {
        Mailboxes.ItemKinds.Contact => Math.Min(PageSize, 200),
        Mailboxes.ItemKinds.Event => Math.Min(PageSize, 100),
        Mailboxes.ItemKinds.Message => Math.Max(1, (int)Math.Ceiling(PageSize * (0.5 + 0.5 * Shrink(page)))),
        _ => PageSize,
    };

    /// <summary>A repeatable share in [0, 1] for the n-th page of a round.</summary>
    private static double Shrink(long page)
    {
        var z = unchecked((ulong)(page + 1) * 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 31)) * 0xBF58476D1CE4E5B9UL);
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    public IReadOnlyDictionary<string, string> PreferenceApplied()
    {
        var applied = new List<string>();
        if (PageSizeFromPrefer) applied.Add($"odata.maxpagesize={PageSize}");
        if (OutlookTimeZone is not null) applied.Add($"outlook.timezone=\"{OutlookTimeZone}\"");
        if (ImmutableIds) applied.Add("IdType=\"ImmutableId\"");
        return applied.Count == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Preference-Applied"] = string.Join(", ", applied) };
    }

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSizePreference();

    [GeneratedRegex("outlook\\.timezone\\s*=\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookTimeZonePreference();

    [GeneratedRegex(@"^(receivedDateTime|lastModifiedDateTime)\s+(ge|gt|le|lt)\s+(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex InstantFilter();

    [GeneratedRegex("IdType\\s*=\\s*\"ImmutableId\"", RegexOptions.IgnoreCase)]
    private static partial Regex ImmutableIdPreference();
}
