using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;

namespace NudgeService.Application.Configuration;

/// <summary>Checks the settings at start-up and names every missing or malformed one, by its configuration key.</summary>
internal sealed class NudgeOptionsValidator : IValidateOptions<NudgeOptions>
{
    public ValidateOptionsResult Validate(string? name, NudgeOptions options)
    {
        var problems = new List<string>();
        void Require(string value, string key)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"{NudgeOptions.Section}:{key} is missing.");
        }
        void RequireAbsoluteUrl(string value, string key)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"{NudgeOptions.Section}:{key} is missing.");
            else if (!Uri.TryCreate(value, UriKind.Absolute, out _)) problems.Add($"{NudgeOptions.Section}:{key} is not an absolute URL.");
        }

        RequireAbsoluteUrl(options.PublicBaseUrl, "PublicBaseUrl");
        RequireAbsoluteUrl(options.Identity.Authority, "Identity:Authority");
        if (Uri.TryCreate(options.Identity.Authority, UriKind.Absolute, out var authority) && authority.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{NudgeOptions.Section}:Identity:Authority must use HTTPS.");
        }
        Require(options.Identity.ClientId, "Identity:ClientId");
        Require(options.Identity.ClientSecret, "Identity:ClientSecret");
        RequireAbsoluteUrl(options.Identity.RedirectUri, "Identity:RedirectUri");
        RequireAbsoluteUrl(options.Identity.GraphBaseUrl, "Identity:GraphBaseUrl");
        if (options.Identity.TrustedCertificatePath is { Length: > 0 } certificate && !File.Exists(certificate))
        {
            problems.Add($"{NudgeOptions.Section}:Identity:TrustedCertificatePath names a file that does not exist.");
        }
        if (string.IsNullOrWhiteSpace(options.Storage.ConnectionString) && string.IsNullOrWhiteSpace(options.Storage.AccountName))
        {
            problems.Add($"{NudgeOptions.Section}:Storage:ConnectionString or {NudgeOptions.Section}:Storage:AccountName is missing.");
        }
        Require(options.SendGrid.ApiKey, "SendGrid:ApiKey");
        Require(options.SendGrid.SenderAddress, "SendGrid:SenderAddress");
        if (options.SendGrid.UnsubscribeMailbox is { Length: > 0 } mailbox && !System.Net.Mail.MailAddress.TryCreate(mailbox, out _))
        {
            problems.Add($"{NudgeOptions.Section}:SendGrid:UnsubscribeMailbox is not an email address.");
        }
        if (options.SendGrid.EventWebhookPublicKey is { Length: > 0 } webhookKey && !MailEvents.EventWebhookSignature.IsUsable(webhookKey))
        {
            problems.Add($"{NudgeOptions.Section}:SendGrid:EventWebhookPublicKey must be base64 of a P-256 public key.");
        }
        if (options.Digest.DefaultHour is < 0 or > 23) problems.Add($"{NudgeOptions.Section}:Digest:DefaultHour must be between 0 and 23.");
        if (options.Digest.DefaultPeoplePerWeek is < UserAccount.MinPeoplePerWeek or > UserAccount.MaxPeoplePerWeek)
        {
            problems.Add($"{NudgeOptions.Section}:Digest:DefaultPeoplePerWeek must be between {UserAccount.MinPeoplePerWeek} and {UserAccount.MaxPeoplePerWeek}.");
        }
        if (options.Digest.MaxEvents is < 0 or > 20) problems.Add($"{NudgeOptions.Section}:Digest:MaxEvents must be between 0 and 20.");
        if (!LinkSigningKeys.IsUsable(options.Links.SigningKey)) problems.Add($"{NudgeOptions.Section}:Links:SigningKey must be base64 of at least 32 bytes.");
        if (options.Links.PreviousSigningKeys.Any(key => !LinkSigningKeys.IsUsable(key))) problems.Add($"{NudgeOptions.Section}:Links:PreviousSigningKeys must each be base64 of at least 32 bytes.");
        if (options.RequestLimits.PerClientPerMinute < 60) problems.Add($"{NudgeOptions.Section}:RequestLimits:PerClientPerMinute must be at least 60.");
        if (options.Links.LifetimeDays is < 1 or > 90) problems.Add($"{NudgeOptions.Section}:Links:LifetimeDays must be between 1 and 90.");
        if (string.IsNullOrWhiteSpace(options.KeyRing.KeyVaultUri) == string.IsNullOrWhiteSpace(options.KeyRing.LocalKey))
        {
            problems.Add($"{NudgeOptions.Section}:KeyRing:KeyVaultUri (Azure) or {NudgeOptions.Section}:KeyRing:LocalKey (local runs) must be set, and only one of them.");
        }
        else if (options.KeyRing.KeyVaultUri is { Length: > 0 } vault && (!Uri.TryCreate(vault, UriKind.Absolute, out var vaultUri) || vaultUri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"{NudgeOptions.Section}:KeyRing:KeyVaultUri is not an HTTPS URL.");
        }
        else if (options.KeyRing.LocalKey is { Length: > 0 } local && !IsKeyOf32Bytes(local))
        {
            problems.Add($"{NudgeOptions.Section}:KeyRing:LocalKey must be base64 of 32 bytes.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsKeyOf32Bytes(string base64)
    {
        var bytes = new byte[64];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length == 32;
    }
}
