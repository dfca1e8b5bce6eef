using System.Text.Json;

namespace NudgeService.Sandbox.Graph;

/// <summary>Graph's error body: {"error":{"code","message","innerError":{date, request-id, client-request-id}}}.</summary>
public static class GraphErrors
{
    public static GraphResponse Create(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null)
    {
        var requestId = Guid.NewGuid().ToString();
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            error = new
            {
                code,
                message,
                innerError = new Dictionary<string, string>
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss"),
                    ["request-id"] = requestId,
                    ["client-request-id"] = requestId,
                },
            },
        });
        return GraphResponse.Json(body, status, headers);
    }

    public static GraphResponse BadRequest(string message) => Create(400, "BadRequest", message);

    public static GraphResponse NotFound(string message) => Create(404, "ErrorItemNotFound", message);

    public static GraphResponse AccessDenied(string scope) =>
        Create(403, "ErrorAccessDenied", $"Access is denied. Check credentials and try again. The token lacks the {scope} permission.");

    public static GraphResponse MailboxNotEnabled() =>
        Create(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");

    public static GraphResponse SyncStateLost(Mailboxes.SyncStateLoss loss) =>
        Create(loss.Status, loss.Code, "The sync state generation is not found or no longer valid. Start a new sync without a delta token.");

    public static GraphResponse Unauthenticated(string message) =>
        Create(401, "InvalidAuthenticationToken", message, new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"\", error=\"invalid_token\"" });
}
