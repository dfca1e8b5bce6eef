using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Configuration;
using NudgeService.Application.Email;
using NudgeService.Infrastructure.Http;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace NudgeService.Infrastructure.Email;

/// <summary>
/// Sends through SendGrid's v3 API. The client does not retry 429, so this honours Retry-After
/// itself, a few times, before giving up with the status.
/// </summary>
internal sealed class SendGridEmailSender(IOptions<NudgeOptions> options, TimeProvider time, ILogger<SendGridEmailSender> logger) : IEmailSender
{
    private const int Attempts = 4;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    private readonly SendGridClient client = new(new SendGridClientOptions
    {
        ApiKey = options.Value.SendGrid.ApiKey,
        Host = string.IsNullOrEmpty(options.Value.SendGrid.BaseUrl) ? "https://api.sendgrid.com" : options.Value.SendGrid.BaseUrl,
    });

    public async Task<string?> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var message = Compose(email);
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.SendEmailAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            }
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == Attempts)
            {
                throw new EmailNotSentException((int)response.StatusCode);
            }
            var wait = RetryAfterHeader.Wait(response.Headers, time) ?? TimeSpan.FromSeconds(attempt * 2);
            logger.LogWarning("SendGrid throttled the send; retrying in {Seconds} s", wait.TotalSeconds);
            await Task.Delay(wait < LongestWait ? wait : LongestWait, time, cancellationToken);
        }
    }

    private SendGridMessage Compose(OutgoingEmail email)
    {
        var sender = options.Value.SendGrid;
        var message = MailHelper.CreateSingleEmail(
            new EmailAddress(sender.SenderAddress, sender.SenderName), new EmailAddress(email.ToAddress, email.ToName), email.Subject, email.Text, email.Html);
        message.AddCategories(email.Categories.ToList());
        foreach (var (key, value) in email.CustomArgs) message.AddCustomArg(key, value);
        if (email.Headers is not null) message.AddHeaders(email.Headers.ToDictionary());
        foreach (var image in email.Images ?? [])
        {
            message.AddAttachment(new Attachment
            {
                Content = Convert.ToBase64String(image.Content), Filename = image.FileName, Type = image.ContentType, Disposition = "inline", ContentId = image.ContentId,
            });
        }
        // Links in our emails are signed actions; SendGrid's click tracking would rewrite them.
        message.SetClickTracking(false, false);
        // We need to know whether an email arrived, not whether or when it was read; and our own
        // List-Unsubscribe and footer links replace SendGrid's subscription footer.
        message.SetOpenTracking(false);
        message.SetSubscriptionTracking(false);
        return message;
    }
}
