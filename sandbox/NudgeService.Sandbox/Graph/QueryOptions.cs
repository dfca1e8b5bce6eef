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
    string? OutlookTimeZone)
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

        DateTimeOffset? from = null, before = null;
        if (request.QueryValue("$filter") is { } filter)
        {
            foreach (var clause in filter.Split(" and ", StringSplitOptions.TrimEntries))
            {
                var match = ReceivedFilter().Match(clause);
                if (!match.Success || !DateTimeOffset.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    return (null, GraphErrors.BadRequest($"Invalid filter clause '{clause}': only receivedDateTime comparisons are supported."));
                }
                switch (match.Groups[1].Value.ToLowerInvariant())
                {
                    case "ge": from = instant; break;
                    case "gt": from = instant.AddTicks(1); break;
                    case "lt": before = instant; break;
                    case "le": before = instant.AddTicks(1); break;
                }
            }
        }

        var timeZone = request.Prefer is { } preferZone && OutlookTimeZonePreference().Match(preferZone) is { Success: true } zone ? zone.Groups[1].Value : null;
        return (new QueryOptions(select, pageSize, fromPrefer, skip, from, before, timeZone), null);
    }

    public IReadOnlyDictionary<string, string> PreferenceApplied()
    {
        var applied = new List<string>();
        if (PageSizeFromPrefer) applied.Add($"odata.maxpagesize={PageSize}");
        if (OutlookTimeZone is not null) applied.Add($"outlook.timezone=\"{OutlookTimeZone}\"");
        return applied.Count == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Preference-Applied"] = string.Join(", ", applied) };
    }

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSizePreference();

    [GeneratedRegex("outlook\\.timezone\\s*=\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookTimeZonePreference();

    [GeneratedRegex(@"^receivedDateTime\s+(ge|gt|le|lt)\s+(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFilter();
}
