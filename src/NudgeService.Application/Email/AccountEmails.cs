using NudgeService.Application.Accounts;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Email;

/// <summary>The welcome and reconnect emails, in the user's language, each with a signed disconnect link.</summary>
public sealed class AccountEmails(AccountLinks links, IAccountEmailRenderer renderer)
{
    public OutgoingEmail Welcome(UserAccount account, DateTimeOffset firstDigest) => Addressed(account, "welcome", renderer.Welcome(new WelcomeView(
        account.Language, account.FirstName, account.Address, firstDigest, TimeZones.Of(account.TimeZone).DisplayName, links.Disconnect(account.UserId))));

    public OutgoingEmail Reconnect(UserAccount account) => Addressed(account, "reconnect", renderer.Reconnect(new ReconnectView(
        account.Language, account.FirstName, links.Connect(account.Address, account.Language), links.Disconnect(account.UserId))));

    private static OutgoingEmail Addressed(UserAccount account, string category, RenderedAccountEmail email) =>
        new(account.Address, account.DisplayName, email.Subject, email.Text, email.Html, ["account", category],
            new Dictionary<string, string> { ["user_id"] = account.UserId, ["kind"] = category });
}
