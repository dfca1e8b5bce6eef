using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using System.Net;
using System.Text.Json;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;

namespace NudgeService.Infrastructure.Graph;

/// <summary>/me and /me/mailboxSettings through the Graph SDK, in one $batch round trip.</summary>
internal sealed class GraphProfileReader(IOptions<NudgeOptions> options, GraphClients clients) : IMailboxProfileReader
{
    /// <summary>What Graph answers for an account whose mailbox is not in Exchange Online.</summary>
    private static readonly IReadOnlySet<string> NoMailboxCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "MailboxNotEnabledForRESTAPI", "MailboxNotSupportedForRESTAPI" };

    public async Task<MailboxProfile> ReadAsync(string userId, string accessToken, CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken), userId);
        var graph = session.Graph;
        var batch = new BatchRequestContentCollection(graph);
        var meStep = await batch.AddBatchRequestStepAsync(graph.Me.ToGetRequestInformation(request =>
            request.QueryParameters.Select = ["displayName", "mail", "userPrincipalName"]));
        var settingsStep = await batch.AddBatchRequestStepAsync(graph.Me.MailboxSettings.ToGetRequestInformation());
        var responses = await graph.Batch.PostAsync(batch, cancellationToken);

        var me = await responses.GetResponseByIdAsync<Microsoft.Graph.Models.User>(meStep);
        var settings = (await responses.GetResponsesStatusCodesAsync())[settingsStep] switch
        {
            HttpStatusCode.OK => await responses.GetResponseByIdAsync<Microsoft.Graph.Models.MailboxSettings>(settingsStep),
            HttpStatusCode.NotFound when await ErrorCodeAsync(responses, settingsStep) is { } code && NoMailboxCodes.Contains(code) => throw new MailboxUnavailableException(code),
            // MailboxSettings.Read was not granted: UTC and English until the user grants it.
            HttpStatusCode.Forbidden => null,
            var status => throw new MalformedGraphResponseException($"/me/mailboxSettings answered {(int)status} inside the batch."),
        };
        var address = me.Mail ?? await SendingAddressAsync(graph, cancellationToken) ?? me.UserPrincipalName
            ?? throw new InvalidOperationException("The signed-in user has no mail address.");
        return new MailboxProfile(address.ToLowerInvariant(), me.DisplayName ?? address, settings?.TimeZone ?? "UTC", settings?.Language?.Locale);
    }

    private static async Task<string?> ErrorCodeAsync(BatchResponseContentCollection responses, string step)
    {
        using var response = await responses.GetResponseByIdAsync(step);
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            return body.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A personal account has no mail in its profile, and its sign-in name may be another provider's
    /// address; the mailbox's own address is the one its recent sent messages most often went out
    /// from (the latest alone may have left from an alias).
    /// </summary>
    private const int RecentSentMessages = 25;

    private static async Task<string?> SendingAddressAsync(GraphServiceClient graph, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await graph.Me.MailFolders["sentitems"].Messages.GetAsync(request =>
            {
                request.QueryParameters.Top = RecentSentMessages;
                request.QueryParameters.Select = ["from"];
                request.QueryParameters.Orderby = ["receivedDateTime desc"];
            }, cancellationToken);
            return (sent?.Value ?? [])
                .Select(message => message.From?.EmailAddress?.Address)
                .OfType<string>()
                .GroupBy(address => address, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(senders => senders.Count())
                .Select(senders => senders.First())
                .FirstOrDefault();
        }
        catch (ODataError denied) when (denied.ResponseStatusCode == 403)
        {
            return null; // Mail.ReadBasic declined: the sign-in name is all there is.
        }
    }
}
