using Microsoft.AspNetCore.Http;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Connect;
using NudgeService.Application.OwnerProof;
using NudgeService.Application.Web;

namespace NudgeService.Web;

/// <summary>
/// The account pages as HTTP handlers, shared by the Function App's triggers and the command
/// line's local host: read the request, call the service, answer a <see cref="WebResult"/>.
/// </summary>
public sealed class AccountEndpoints(ConnectService connect, AdminConsentService adminConsent, DisconnectService disconnect, OwnerProofs ownerProofs)
{
    /// <summary>An identity platform response is a few hundred characters; anything far longer is not one.</summary>
    public const int MaxQueryLength = 8192;

    public WebResult Connect(HttpRequest request) => connect.Begin(request.Query["lang"], request.Query["hint"]);

    public WebResult AdminConsent(HttpRequest request) => adminConsent.Begin(request.Query["lang"]);

    public Task<WebResult> CallbackAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.QueryString.Value?.Length > MaxQueryLength)
        {
            return Task.FromResult(new HtmlPage(Languages.English, PageTexts.English.SignInFailedTitle).Paragraph(PageTexts.English.RequestTooLong).Respond(414));
        }
        // One registered reply address serves both sign-ins and admin consent; the sealed state says which one came back.
        var query = request.Query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
        if (ownerProofs.Recognizes(request.Query["state"])) return ownerProofs.CompleteAsync(query, request.Cookies[OwnerProofs.BrowserCookie], cancellationToken);
        if (adminConsent.Recognizes(request.Query["state"])) return Task.FromResult(adminConsent.Complete(query, request.Cookies[AdminConsentService.BrowserCookie]));
        return connect.CompleteAsync(query, request.Cookies[ConnectService.BrowserCookie], cancellationToken);
    }

    public Task<WebResult> DisconnectPageAsync(HttpRequest request, CancellationToken cancellationToken) =>
        disconnect.ConfirmAsync(request.Query["token"], request.Cookies[OwnerProofs.PassCookie], cancellationToken);

    public async Task<WebResult> DisconnectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var posted = await PostedForm.ReadAsync(request, cancellationToken);
        return posted.Form is { } form
            ? await disconnect.EraseAsync(form["token"], request.Cookies[OwnerProofs.PassCookie], cancellationToken)
            : NudgePages.Unreadable(WebResponses.Language(request), posted.Problem);
    }
}
