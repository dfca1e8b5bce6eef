namespace NudgeService.Application.Web;

/// <summary>
/// Every address the app answers at, spelled once. A route is as a Function declares it (the host
/// serves it under <see cref="Prefix"/>); a path is what links and the local host use.
/// </summary>
public static class Routes
{
    public const string Prefix = "api";
    public const string Connect = "connect";
    public const string AdminConsent = "connect/admin";
    public const string Callback = "auth/callback";
    public const string Disconnect = "account/disconnect";
    public const string Nudge = "n/{token}";
    public const string Account = "u/{token}";
    public const string Review = "r/{token}";
    public const string MailEvents = "sendgrid/events";
    public const string Health = "health";

    /// <summary>The path of a route: "/api/n/{token}" for <see cref="Nudge"/>.</summary>
    public static string PathOf(string route) => $"/{Prefix}/{route}";

    /// <summary>The path of a route that takes a token, with that token in it.</summary>
    public static string PathOf(string route, string token) => PathOf(route).Replace("{token}", token, StringComparison.Ordinal);
}
