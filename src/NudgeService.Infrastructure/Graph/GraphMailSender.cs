using Microsoft.Extensions.Options;
using Microsoft.Graph.Me.SendMail;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Configuration;
using NudgeService.Infrastructure.Storage;
using Polly.Timeout;

namespace NudgeService.Infrastructure.Graph;

/// <summary>POST /me/sendMail and POST /me/messages through the Graph SDK, with the <see cref="SendingResilience"/> policy.</summary>
internal sealed class GraphMailSender(IOptions<NudgeOptions> options, TimeProvider time, TableMailboxSlots slots) : IOutlookMail, IDisposable
{
    private readonly GraphClients clients = new(SendingResilience.Build(time), slots);

    public async Task SendAsync(string userId, string accessToken, OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken), userId);
        await Translate(() => session.Graph.Me.SendMail.PostAsync(new SendMailPostRequestBody { Message = Message(mail), SaveToSentItems = true }, cancellationToken: cancellationToken));
    }

    public async Task<string> CreateDraftAsync(string userId, string accessToken, OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken), userId);
        Message? draft = null;
        await Translate(async () => draft = await session.Graph.Me.Messages.PostAsync(Message(mail), cancellationToken: cancellationToken));
        return draft?.WebLink ?? throw new MalformedGraphResponseException("The created draft has no webLink.");
    }

    public void Dispose() => clients.Dispose();

    private static Message Message(OutgoingMail mail) => new()
    {
        Subject = mail.Subject,
        Body = new ItemBody { ContentType = BodyType.Text, Content = mail.Body },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.ToAddress, Name = mail.ToName } }],
    };

    private static async Task Translate(Func<Task> request)
    {
        try
        {
            await request();
        }
        catch (ApiException error) when (error.ResponseStatusCode == 401)
        {
            throw new AccessTokenRejectedException();
        }
        catch (ApiException error)
        {
            var failure = error.ResponseStatusCode switch
            {
                403 => MailFailure.PermissionMissing,
                var status when SendingResilience.IsRefusedBeforeActing((System.Net.HttpStatusCode)status) => MailFailure.Busy,
                >= 400 and < 500 => MailFailure.Refused,
                _ => MailFailure.Unconfirmed,
            };
            throw new MailNotDoneException(failure, $"Graph answered {error.ResponseStatusCode}", error);
        }
        catch (HttpRequestException failure) when (SendingResilience.NeverConnected(failure))
        {
            throw new MailNotDoneException(MailFailure.Busy, "Graph could not be reached", failure);
        }
        catch (Exception failure) when (failure is HttpRequestException or TimeoutRejectedException)
        {
            throw new MailNotDoneException(MailFailure.Unconfirmed, "the connection ended before Graph answered", failure);
        }
    }
}
