using Microsoft.AspNetCore.Http;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>One entry of SendGrid's error body; field and help are null for errors that concern no field.</summary>
public sealed record SendGridError(string Message, string? Field, string? Help);

/// <summary>SendGrid's error body, {"errors":[{"message","field","help"}]}, and the answers that carry it.</summary>
internal static class SendGridErrors
{
    private const string HelpRoot = "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#";

    public static string Help(string anchor) => HelpRoot + anchor;

    public static IResult Respond(int status, IReadOnlyList<SendGridError> errors) =>
        Results.Json(new { errors }, statusCode: status);

    public static IResult Respond(int status, string message) => Respond(status, [new SendGridError(message, null, null)]);

    public static IResult AuthorizationRequired() => Respond(StatusCodes.Status401Unauthorized, "authorization required");

    public static IResult InvalidGrant() =>
        Respond(StatusCodes.Status401Unauthorized, "The provided authorization grant is invalid, expired, or revoked");

    public static IResult BadRequest() => Respond(StatusCodes.Status400BadRequest, "Bad Request");

    public static IResult PayloadTooLarge() =>
        Respond(StatusCodes.Status413PayloadTooLarge, "The JSON payload you have included in your request is too large.");

    public static IResult InvalidUtf8() => Respond(StatusCodes.Status415UnsupportedMediaType, "Invalid UTF8 in request");

    public static IResult TooManyRequests() => Respond(StatusCodes.Status429TooManyRequests, "too many requests");

    public static IResult InternalError() => Respond(StatusCodes.Status500InternalServerError, "internal error");
}
