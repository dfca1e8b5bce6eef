using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;

namespace NudgeService.Infrastructure.Graph;

/// <summary>/me and /me/mailboxSettings through the Graph SDK, in one $batch round trip.</summary>
public sealed class GraphProfileReader(IOptions<NudgeOptions> options, GraphClients clients) : IMailboxProfileReader
{
    public async Task<MailboxProfile> ReadAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken));
        var graph = session.Graph;
        var batch = new BatchRequestContentCollection(graph);
        var meStep = await batch.AddBatchRequestStepAsync(graph.Me.ToGetRequestInformation(request =>
            request.QueryParameters.Select = ["displayName", "mail", "userPrincipalName"]));
        var settingsStep = await batch.AddBatchRequestStepAsync(graph.Me.MailboxSettings.ToGetRequestInformation());
        var responses = await graph.Batch.PostAsync(batch, cancellationToken);

        var me = await responses.GetResponseByIdAsync<Microsoft.Graph.Models.User>(meStep);
        Microsoft.Graph.Models.MailboxSettings? settings = null;
        try
        {
            settings = await responses.GetResponseByIdAsync<Microsoft.Graph.Models.MailboxSettings>(settingsStep);
        }
        catch (ODataError denied) when (denied.ResponseStatusCode == 403)
        {
            // MailboxSettings.Read was declined: UTC and English until the user grants it.
        }
        var address = me.Mail ?? me.UserPrincipalName ?? throw new InvalidOperationException("The signed-in user has no mail address.");
        return new MailboxProfile(address.ToLowerInvariant(), me.DisplayName ?? address, settings?.TimeZone ?? "UTC", settings?.Language?.Locale);
    }
}
