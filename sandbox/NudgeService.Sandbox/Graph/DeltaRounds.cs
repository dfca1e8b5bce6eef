using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>What all delta streams share: resuming from a token, and paging a round of changes.</summary>
public static class DeltaRounds
{
    /// <summary>The token a request resumes from: null for an initial round, or the error Graph gives for a bad or expired one.</summary>
    public static (DeltaToken? Token, GraphResponse? Error) Resume(GraphRequest request)
    {
        var text = request.QueryValue("$skiptoken") ?? request.QueryValue("$deltatoken");
        if (text is null) return (null, null);
        if (DeltaToken.Decode(text) is not { } token) return (null, GraphErrors.BadRequest("The delta or skip token is malformed."));
        if (token.Epoch != request.Mailbox.DeltaEpoch || request.Mailbox.SyncStateLoss.UntilCleared) return (null, GraphErrors.SyncStateLost(request.Mailbox.SyncStateLoss));
        return (token, null);
    }

    /// <summary>One page of what changed between the token's watermark and now (pinned across the round's pages).</summary>
    public static GraphResponse ChangesPage<T>(
        GraphRequest request,
        DeltaToken token,
        Func<Watermark, Watermark, IReadOnlyList<ItemChange<T>>> changes,
        QueryOptions options,
        DeltaStream stream,
        Action<Utf8JsonWriter, T, Watermark> writeItem,
        Func<long, string>? removedId = null) where T : class
    {
        var at = token.At ?? request.Mailbox.CurrentWatermark();
        var all = changes(token.Since!.Value, at);
        var start = (int)Math.Min(token.Offset, all.Count);
        var page = all.Skip(start).Take(options.ServedPageSize(stream.Kind, start)).ToList();
        var more = start + page.Count < all.Count;
        var next = more ? token with { At = at, Offset = start + page.Count } : token with { Since = at, At = null, Offset = 0 };
        return stream.Page(
            request,
            writer =>
            {
                foreach (var change in page)
                {
                    if (change.Item is null) CollectionPage.WriteRemoved(writer, stream.TypeName, removedId?.Invoke(change.Number) ?? request.Mailbox.FormatId(stream.Kind, change.Number));
                    else writeItem(writer, change.Item, at);
                }
            },
            next,
            more,
            options);
    }
}

/// <summary>A delta-capable collection: its path, entity type and item kind.</summary>
public sealed record DeltaStream(string Path, string TypeName, char Kind)
{
    public GraphResponse Page(GraphRequest request, Action<Utf8JsonWriter> writeItems, DeltaToken next, bool more, QueryOptions options) =>
        CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#Collection({TypeName})",
            writeItems,
            more ? CollectionPage.Link(request.ServiceRoot, Path + "/delta", "$skiptoken", next.Encode()) : null,
            more ? null : CollectionPage.Link(request.ServiceRoot, Path + "/delta", "$deltatoken", next.Encode()),
            options.PreferenceApplied());

    public static IReadOnlySet<string>? SelectOf(DeltaToken? token, QueryOptions options) =>
        token?.Select is { } stored ? stored.Split(',').ToHashSet(StringComparer.Ordinal) : options.Select;
}
