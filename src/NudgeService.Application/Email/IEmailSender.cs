namespace NudgeService.Application.Email;

/// <summary>Sends NudgeService's own emails (welcome, reconnect, digest) to the user.</summary>
public interface IEmailSender
{
    /// <summary>Returns the provider's message id.</summary>
    Task<string?> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <param name="Categories">For the provider's event statistics.</param>
/// <param name="CustomArgs">Echoed in the provider's events (never secrets).</param>
public sealed record OutgoingEmail(
    string ToAddress,
    string ToName,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> CustomArgs,
    IReadOnlyDictionary<string, string>? Headers = null,
    IReadOnlyList<InlineImage>? Images = null);

/// <summary>A picture carried inside the email and shown where the HTML part says <c>cid:{ContentId}</c>.</summary>
/// <param name="ContentType">A MIME type such as image/png.</param>
public sealed record InlineImage(string ContentId, string FileName, string ContentType, byte[] Content)
{
    public string Source => "cid:" + ContentId;
}

/// <summary>The provider answered that it did not take the email: nothing was sent.</summary>
public sealed class EmailNotSentException(int status) : Exception($"SendGrid did not accept the email (HTTP {status}).")
{
    public int Status { get; } = status;
}
