namespace NudgeService.Application.Email;

/// <summary>Lays out the welcome and reconnect emails (subject, HTML and plain text) from the Liquid templates of their language.</summary>
public interface IAccountEmailRenderer
{
    RenderedAccountEmail Welcome(WelcomeView welcome);

    RenderedAccountEmail Reconnect(ReconnectView reconnect);
}

/// <param name="FirstDigest">The first weekly slot, in the user's time zone; its day and hour are what the email names.</param>
/// <param name="TimeZoneName">The time zone's display name, as the connected page names it.</param>
public sealed record WelcomeView(string Language, string FirstName, string Address, DateTimeOffset FirstDigest, string TimeZoneName, string DisconnectUrl);

public sealed record ReconnectView(string Language, string FirstName, string ReconnectUrl, string DisconnectUrl);

public sealed record RenderedAccountEmail(string Subject, string Html, string Text);
