using Microsoft.Extensions.Logging;
using NudgeService.Application.OwnerProof;
using NudgeService.Application.Web;

namespace NudgeService.Application.Accounts;

/// <summary>
/// Leaving: a confirmation page on GET (mail scanners follow links), erasure on POST, and only
/// once the person at the browser has proven they own the mailbox: a forwarded link alone erases nothing.
/// </summary>
public sealed class DisconnectService(AccountLinks links, IUserStore users, IUserDataEraser eraser, OwnerProofs ownerProofs, ILogger<DisconnectService> logger)
{
    /// <param name="ownerPass">The browser's <see cref="OwnerProofs.PassCookie"/>.</param>
    public async Task<WebResult> ConfirmAsync(string? token, string? ownerPass, CancellationToken cancellationToken)
    {
        if (await AccountFor(token, cancellationToken) is not { } account) return InvalidLink();
        var texts = PageTexts.For(account.Language);
        var proven = ownerProofs.Holds(ownerPass, account, OwnerActions.Erase);
        return new HtmlPage(account.Language, texts.DisconnectTitle)
            .Paragraph(string.Format(texts.DisconnectQuestion, account.Address))
            .Paragraph(string.Format(proven ? texts.ProofDone : texts.ProofNeeded, account.Address))
            .Form(Routes.PathOf(Routes.Disconnect), new Dictionary<string, string> { ["token"] = token! }, proven ? texts.DisconnectButton : texts.DisconnectSignInButton)
            .Respond();
    }

    public async Task<WebResult> EraseAsync(string? token, string? ownerPass, CancellationToken cancellationToken)
    {
        if (await AccountFor(token, cancellationToken) is not { } account) return InvalidLink();
        if (!ownerProofs.Holds(ownerPass, account, OwnerActions.Erase))
        {
            // Back to the confirmation page, not straight to erasure: a silent sign-in must never turn a forged post into an erase without the owner's click.
            return ownerProofs.Begin(account, OwnerActions.Erase, $"{Routes.PathOf(Routes.Disconnect)}?token={Uri.EscapeDataString(token!)}");
        }
        var erased = await eraser.EraseAsync(account.UserId, cancellationToken);
        logger.LogInformation("Account {UserId} disconnected; {Count} records erased", account.UserId, erased);
        var texts = PageTexts.For(account.Language);
        return ownerProofs.Spend(new HtmlPage(account.Language, texts.DisconnectedTitle)
            .Paragraph(string.Format(texts.Disconnected, account.Address, erased))
            .Paragraph(texts.RevokeAccessHint)
            .Respond());
    }

    private async Task<UserAccount?> AccountFor(string? token, CancellationToken cancellationToken) =>
        links.UserToDisconnect(token) is { } userId ? await users.FindAsync(userId, cancellationToken) : null;

    /// <summary>Also what an erased account's old link leads to: there is nothing left to disconnect.</summary>
    private static WebResult InvalidLink() =>
        new HtmlPage(Languages.English, PageTexts.English.DisconnectTitle).Paragraph(PageTexts.English.LinkInvalid).Paragraph(PageTexts.French.LinkInvalid).Respond(400);
}
