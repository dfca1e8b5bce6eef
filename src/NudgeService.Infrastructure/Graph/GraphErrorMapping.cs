using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;

namespace NudgeService.Infrastructure.Graph;

internal static class GraphErrorMapping
{
    public static readonly Dictionary<string, ParsableFactory<IParsable>> Default = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };
}

/// <summary>Graph sent something that is not what its API promises.</summary>
internal sealed class MalformedGraphResponseException(string message) : Exception(message);
