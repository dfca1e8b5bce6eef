namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>Where the account's events are posted; nowhere until a URL is set, as on a new SendGrid account.</summary>
public sealed class EventWebhookSettings
{
    private readonly Lock gate = new();
    private Uri? url;

    public Uri? Url
    {
        get
        {
            lock (gate) return url;
        }
        set
        {
            lock (gate) url = value;
        }
    }
}
