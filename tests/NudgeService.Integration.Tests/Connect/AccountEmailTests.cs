using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Configuration;
using NudgeService.Application.Email;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Templates;

namespace NudgeService.Integration.Tests.Connect;

public sealed partial class AccountEmailTests
{
    private static readonly AccountLinks Links = new(
        new ActionTokens(new LinkSigningKeys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), [])),
        Options.Create(new NudgeOptions { PublicBaseUrl = "https://nudge.example" }),
        TimeProvider.System);

    private static readonly AccountEmails Emails = new(Links, new LiquidAccountEmailRenderer());

    [Fact]
    public void The_French_reconnect_email_links_to_connecting_again_and_to_a_disconnect_that_names_its_owner()
    {
        var email = Emails.Reconnect(Account("fr", "Claire Martin"));

        Assert.Equal("NudgeService n'a plus accès à votre compte Outlook", email.Subject);
        Assert.Equal(["account", "reconnect"], email.Categories);
        Assert.Equal("reconnect", email.CustomArgs["kind"]);
        Assert.StartsWith("Bonjour Claire, Microsoft ne permet plus à NudgeService de lire votre boîte", email.Text);
        var reconnect = "https://nudge.example/api/connect?lang=fr&hint=claire%40contoso.fr";
        Assert.Contains($"Reconnecter mon compte : {reconnect}\n", email.Text);
        Assert.Contains($"href=\"{reconnect.Replace("&", "&amp;")}\"", email.Html);
        Assert.Contains(">Reconnecter mon compte</a>", email.Html);

        var disconnect = DisconnectLine().Match(email.Text);
        Assert.True(disconnect.Success, email.Text);
        Assert.Equal("user-1", Links.UserToDisconnect(disconnect.Groups["token"].Value));
        Assert.Contains($"href=\"{disconnect.Groups["link"].Value}\">Me déconnecter et effacer mes données</a>", email.Html);
        Assert.Contains("<html lang=\"fr\">", email.Html);
    }

    [Theory]
    [InlineData("en", "NudgeService is connected to claire@contoso.fr", "then one each Monday at 08:00 (", "Disconnect and erase my data", ":")]
    [InlineData("fr", "NudgeService est connecté à claire@contoso.fr", "puis un chaque lundi à 08:00 (", "Me déconnecter et effacer mes données", " :")]
    public void The_welcome_email_names_the_first_digest_slot_encodes_the_name_and_links_to_disconnecting_in_both_parts(string language, string subject, string slot, string disconnect, string colon)
    {
        var email = Emails.Welcome(Account(language, "<b>Claire</b> Martin"), new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(subject, email.Subject);
        Assert.Equal(["account", "welcome"], email.Categories);
        Assert.Contains(slot, email.Text);
        Assert.Contains(slot, email.Html);
        Assert.Contains(language == "fr" ? "jamais leur contenu" : "never the content", email.Html);
        Assert.Contains("&lt;b&gt;Claire&lt;/b&gt;,", email.Html);
        Assert.DoesNotContain("<b>", email.Html);
        Assert.Matches($"{disconnect}{colon} https://nudge.example/api/account/disconnect\\?token=[A-Za-z0-9_-]+\n$", email.Text);
        Assert.Contains($">{disconnect}</a>", email.Html);
    }

    private static UserAccount Account(string language, string displayName) => new(
        "user-1", "oid.tid", "claire@contoso.fr", displayName, "Romance Standard Time", language, new HashSet<string>(),
        AccountStatus.Active, DateTimeOffset.UnixEpoch, new DigestSlot(DayOfWeek.Monday, 8), null);

    [GeneratedRegex(@": (?<link>https://nudge\.example/api/account/disconnect\?token=(?<token>[A-Za-z0-9_-]+))\n$")]
    private static partial Regex DisconnectLine();
}
