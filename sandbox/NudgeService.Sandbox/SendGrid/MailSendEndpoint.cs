using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid.Events;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>
/// POST /v3/mail/send: checks the API key, applies the fault switch, validates the request like
/// SendGrid and keeps what it accepts in the outbox (sandbox-mode requests are validated only).
/// </summary>
internal sealed class MailSendEndpoint(SandboxOptions options, SendGridFaults faults, SendGridOutbox outbox, EventWebhookPoster events, TimeProvider time)
{
    /// <summary>SendGrid's limit on the total size of a message.</summary>
    public const long MaxMessageBytes = 30L * 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0) return SendGridErrors.AuthorizationRequired();
        if (!IsAcceptedKey(authorization)) return SendGridErrors.InvalidGrant();

        var (fault, retryAfterSeconds) = faults.Take();
        if (fault == SendGridFault.Throttled) return Throttled(context, retryAfterSeconds);
        if (fault == SendGridFault.Failed) return SendGridErrors.InternalError();

        var body = await ReadBodyAsync(context);
        if (body is null) return SendGridErrors.PayloadTooLarge();
        if (!Utf8.IsValid(body)) return SendGridErrors.InvalidUtf8();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return SendGridErrors.BadRequest();
        }

        using (document)
        {
            var request = document.RootElement;
            if (request.ValueKind != JsonValueKind.Object) return SendGridErrors.BadRequest();
            var now = time.GetUtcNow();
            var errors = MailSendValidator.Validate(request, now);
            if (errors.Count > 0) return SendGridErrors.Respond(StatusCodes.Status400BadRequest, errors);
            // SendGrid's sandbox mode answers 200 instead of 202: valid, but not queued for delivery.
            if (request.Member("mail_settings")?.Member("sandbox_mode")?.BooleanMember("enable") == true) return Results.StatusCode(StatusCodes.Status200OK);

            var message = SentMessageReader.Read(MessageIds.Next(), now, request);
            outbox.Add(message);
            events.Accepted(message);
            context.Response.Headers["X-Message-Id"] = message.Id;
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }
    }

    private bool IsAcceptedKey(string authorization)
    {
        const string scheme = "Bearer ";
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(authorization[scheme.Length..].Trim(), options.SendGridApiKey, StringComparison.Ordinal);
    }

    private IResult Throttled(HttpContext context, int retryAfterSeconds)
    {
        var headers = context.Response.Headers;
        headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        // SendGrid announces the end of a rate-limit window with these; Retry-After is what clients are expected to honour.
        headers["X-RateLimit-Remaining"] = "0";
        headers["X-RateLimit-Reset"] = time.GetUtcNow().AddSeconds(retryAfterSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return SendGridErrors.TooManyRequests();
    }

    /// <summary>The body, or null when it is larger than SendGrid accepts.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxMessageBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxMessageBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
