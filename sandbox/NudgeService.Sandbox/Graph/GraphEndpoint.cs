using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>
/// Everything under /v1.0: authenticates the bearer token, applies the mailbox's faults, dispatches
/// (or unpacks a $batch), and counts the traffic.
/// </summary>
public sealed class GraphEndpoint(TokenIssuer issuer, MailboxRegistry mailboxes, FaultInjector faults, MailboxTraffic traffic)
{
    public const int MaxRequestBytes = 4 * 1024 * 1024;

    public async Task Handle(HttpContext context, string? path)
    {
        var serviceRoot = $"{context.Request.Scheme}://{context.Request.Host}/v1.0";
        var clientRequestId = context.Request.Headers["client-request-id"].FirstOrDefault() ?? Guid.NewGuid().ToString();
        context.Response.Headers["request-id"] = Guid.NewGuid().ToString();
        context.Response.Headers["client-request-id"] = clientRequestId;

        var header = context.Request.Headers.Authorization.FirstOrDefault();
        var token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (string.IsNullOrEmpty(token))
        {
            await WriteAsync(context, GraphErrors.Unauthenticated("Access token is empty."));
            return;
        }
        if (issuer.ValidateAccessToken(token) is not { } grant || mailboxes.Find(grant.MailboxKey) is not { } mailbox)
        {
            await WriteAsync(context, GraphErrors.Unauthenticated("Lifetime validation failed, the token is expired or revoked."));
            return;
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            await WriteAsync(context, GraphErrors.Create(413, "RequestEntityTooLarge", $"The request body exceeds {MaxRequestBytes} bytes."));
            return;
        }
        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new GraphRequest(context.Request.Method, serviceRoot, GraphRouter.Segments(path ?? ""), query,
            context.Request.Headers["Prefer"].ToString() is { Length: > 0 } prefer ? prefer : null, body, mailbox, grant)
        {
            Faults = faults.SettingsFor(mailbox.Key),
        };

        GraphResponse response;
        if (request.Matches("POST", "$batch"))
        {
            using var sideBySide = faults.Occupy(mailbox.Key, Math.Clamp(BatchItems(body), 1, FaultSettings.MailboxConcurrencyLimit) - 1);
            response = await BatchHandler.HandleAsync(request, sub => CallAsync(sub, context.RequestAborted));
        }
        else
        {
            response = await CallAsync(request, context.RequestAborted);
        }
        var written = await WriteAsync(context, response);
        traffic.RecordRoundTrip(mailbox.Key, body.Length, written);
    }

    private async Task<GraphResponse> CallAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var identity = request.Identity();
        if (faults.IsEarlyRetry(request.Mailbox.Key, identity)) traffic.RecordEarlyRetry(request.Mailbox.Key);
        var fault = await faults.EnterAsync(request.Mailbox.Key, identity, cancellationToken);
        GraphResponse response;
        if (fault is not null)
        {
            response = fault;
        }
        else
        {
            try
            {
                response = GraphRouter.Dispatch(request);
            }
            finally
            {
                faults.Leave(request.Mailbox.Key);
            }
        }
        traffic.RecordCall(request.Mailbox.Key, response.Status);
        return response;
    }

    /// <summary>How many requests a $batch body holds; 0 when it is not one (the batch handler answers that).</summary>
    private static int BatchItems(byte[] body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("requests", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array ? list.GetArrayLength() : 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxRequestBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task<long> WriteAsync(HttpContext context, GraphResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
        if (response.Body is null) return 0;
        context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        return response.Body.Length;
    }
}
