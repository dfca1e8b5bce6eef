using NudgeService.Application.Configuration;

namespace NudgeService.Application.Connect;

/// <summary>The delegated permissions NudgeService asks for, and what each one is for in plain words.</summary>
public static class GraphPermissions
{
    public const string User = "User.Read";
    public const string MailboxSettings = "MailboxSettings.Read";
    public const string Contacts = "Contacts.Read";
    public const string Calendars = "Calendars.Read";
    public const string MailHeaders = "Mail.ReadBasic";
    public const string MailSend = "Mail.Send";
    public const string MailDrafts = "Mail.ReadWrite";

    private const string Resource = "https://graph.microsoft.com/";

    /// <summary>The one permission a sign-in that only proves who is at the browser asks for: granted with the account.</summary>
    public const string ProfileScope = Resource + User;

    public static IReadOnlyList<string> Requested(IdentityOptions options) =>
        [User, MailboxSettings, Contacts, Calendars, MailHeaders, MailSend, .. options.OutlookDrafts ? new[] { MailDrafts } : []];

    /// <summary>What NudgeService asks for that a grant left out, in the order asked.</summary>
    public static IReadOnlyList<string> Missing(IdentityOptions options, IReadOnlySet<string> granted) =>
        [.. Requested(options).Where(permission => !granted.Contains(permission))];

    /// <summary>Scopes as the identity platform expects them: Graph permissions with their resource, and offline access for refresh tokens.</summary>
    public static IReadOnlyList<string> Scopes(IdentityOptions options) => [.. Requested(options).Select(permission => Resource + permission)];

    /// <summary>
    /// Permissions as a set whose names compare without regard to case: the identity platform treats
    /// them so and answers in whatever spelling the tenant's grant holds ("mail.send"), stored as given.
    /// </summary>
    public static IReadOnlySet<string> SetOf(IEnumerable<string> scopes) => scopes.Select(Short).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"https://graph.microsoft.com/Mail.Send" → "Mail.Send"; names the token response echoes back.</summary>
    public static string Short(string scope) => scope.StartsWith(Resource, StringComparison.OrdinalIgnoreCase) ? scope[Resource.Length..] : scope;
}
