using System.Text.Json.Nodes;

namespace NudgeService.Application.Accounts;

/// <summary>Everything stored about a user, as one JSON document: the answer to their right of access.</summary>
public interface IUserDataExporter
{
    Task<JsonObject> ExportAsync(string userId, CancellationToken cancellationToken);
}
