using Microsoft.Extensions.Logging;
using NudgeService.Application.Web;

namespace NudgeService.Application.Accounts;

/// <summary>Leaving: a confirmation page on GET (mail scanners follow links), erasure on POST.</summary>
public sealed class DisconnectService(AccountLinks links, IUserStore users, IUserDataEraser eraser, ILogger<DisconnectService> logger)
{
    public async Task<WebResult> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (await AccountFor(token, cancellationToken) is not { } account) return InvalidLink();
        var texts = Texts.For(account.Language);
        return new HtmlPage(account.Language, texts.DisconnectTitle)
            .Paragraph(string.Format(texts.DisconnectQuestion, account.Address))
            .Form("/api/account/disconnect", new Dictionary<string, string> { ["token"] = token! }, texts.DisconnectButton)
            .Respond();
    }

    public async Task<WebResult> EraseAsync(string? token, CancellationToken cancellationToken)
    {
        if (await AccountFor(token, cancellationToken) is not { } account) return InvalidLink();
        var erased = await eraser.EraseAsync(account.UserId, cancellationToken);
        logger.LogInformation("Account {UserId} disconnected; {Count} records erased", account.UserId, erased);
        var texts = Texts.For(account.Language);
        return new HtmlPage(account.Language, texts.DisconnectedTitle)
            .Paragraph(string.Format(texts.Disconnected, account.Address, erased))
            .Paragraph(texts.RevokeAccessHint)
            .Respond();
    }

    private async Task<UserAccount?> AccountFor(string? token, CancellationToken cancellationToken) =>
        links.UserToDisconnect(token) is { } userId ? await users.FindAsync(userId, cancellationToken) : null;

    /// <summary>Also what an erased account's old link leads to: there is nothing left to disconnect.</summary>
    private static WebResult InvalidLink() =>
        new HtmlPage(Languages.English, Texts.English.DisconnectTitle).Paragraph(Texts.English.LinkInvalid).Paragraph(Texts.French.LinkInvalid).Respond(400);
}
