using NudgeService.Application.Accounts;

namespace NudgeService.Application.Configuration;

/// <summary>Everything NudgeService needs to know about its surroundings, bound from the "Nudge" section.</summary>
public sealed class NudgeOptions
{
    public const string Section = "Nudge";

    /// <summary>Where people reach the service, e.g. https://nudge.example.com — the base of every link in an email.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public IdentityOptions Identity { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    public SendGridOptions SendGrid { get; set; } = new();

    public DigestOptions Digest { get; set; } = new();

    public SyncOptions Sync { get; set; } = new();

    public LinkOptions Links { get; set; } = new();

    public RequestLimitOptions RequestLimits { get; set; } = new();

    public KeyRingOptions KeyRing { get; set; } = new();
}

/// <summary>The key that encrypts the data-protection key ring at rest: a Key Vault secret in Azure, a setting locally.</summary>
public sealed class KeyRingOptions
{
    /// <summary>The vault holding the key-encryption key, read with the managed identity.</summary>
    public string KeyVaultUri { get; set; } = "";

    /// <summary>The secret's name in that vault (base64 of 32 random bytes).</summary>
    public string SecretName { get; set; } = "dataprotection-kek";

    /// <summary>Local runs only: base64 of 32 bytes used in place of the Key Vault secret.</summary>
    public string LocalKey { get; set; } = "";
}

public sealed class IdentityOptions
{
    public string Authority { get; set; } = "https://login.microsoftonline.com/common";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The registered reply address: {PublicBaseUrl}/api/auth/callback.</summary>
    public string RedirectUri { get; set; } = "";

    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>PEM of a self-signed certificate to trust for the authority (the local Outlook sandbox); empty in production.</summary>
    public string TrustedCertificatePath { get; set; } = "";

    /// <summary>Asks for Mail.ReadWrite so that "Edit in Outlook" can create drafts.</summary>
    public bool OutlookDrafts { get; set; }
}

public sealed class StorageOptions
{
    /// <summary>A connection string (Azurite locally); leave empty to use <see cref="AccountName"/> with the managed identity.</summary>
    public string ConnectionString { get; set; } = "";

    public string AccountName { get; set; } = "";
}

public sealed class SendGridOptions
{
    public string ApiKey { get; set; } = "";

    /// <summary>Empty for SendGrid itself; the sandbox's base URL locally.</summary>
    public string BaseUrl { get; set; } = "";

    public string SenderAddress { get; set; } = "";

    public string SenderName { get; set; } = "NudgeService";

    /// <summary>The Event Webhook's verification key (base64 of the P-256 public key SendGrid shows); empty refuses every event post.</summary>
    public string EventWebhookPublicKey { get; set; } = "";

    /// <summary>A mailbox operators read, offered as the mailto alternative of List-Unsubscribe; none when empty.</summary>
    public string UnsubscribeMailbox { get; set; } = "";
}

public sealed class DigestOptions
{
    public DayOfWeek DefaultDay { get; set; } = DayOfWeek.Monday;

    public int DefaultHour { get; set; } = 8;

    /// <summary>People to reconnect with per digest until the user chooses: the "three a week" ritual.</summary>
    public int DefaultPeoplePerWeek { get; set; } = UserAccount.DefaultPeoplePerWeek;

    /// <summary>Dated events (birthdays, new roles, meetings ahead) per digest, those most worth a word.</summary>
    public int MaxEvents { get; set; } = 3;

    /// <summary>Sends a two-line note on a week with nothing worth a word, instead of nothing.</summary>
    public bool QuietWeekNote { get; set; }
}

public sealed class SyncOptions
{
    /// <summary>How far back the first sync reads mail and meetings.</summary>
    public int HistoryDays { get; set; } = 365;

    /// <summary>How far ahead the calendar window reaches; it is renewed when less than a month of it is left.</summary>
    public int CalendarAheadDays { get; set; } = 365;

    /// <summary>The longest one user's sync may take before it gives up and is retried later.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromMinutes(10);
}

public sealed class LinkOptions
{
    /// <summary>Base64 of at least 32 random bytes that authenticates every action link (Key Vault in Azure).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Keys retired by a rotation, still accepted so that links already emailed keep working until they expire.</summary>
    public List<string> PreviousSigningKeys { get; set; } = [];

    /// <summary>How long the buttons of a digest work.</summary>
    public int LifetimeDays { get; set; } = 14;
}

public sealed class RequestLimitOptions
{
    /// <summary>
    /// Requests one client address may make per minute to one group of anonymous endpoints, in a
    /// burst or spread out, on each instance of the app; a person clicking through our pages makes a few.
    /// </summary>
    public int PerClientPerMinute { get; set; } = 600;
}
