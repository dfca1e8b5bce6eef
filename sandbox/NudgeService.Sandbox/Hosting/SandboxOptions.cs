namespace NudgeService.Sandbox.Hosting;

/// <summary>How a sandbox listens and which application registration it accepts.</summary>
public sealed record SandboxOptions
{
    /// <summary>Plain HTTP port for Graph, SendGrid, the outbox and admin endpoints; 0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>HTTPS port for the identity platform (MSAL refuses plain HTTP); 0 picks a free port.</summary>
    public int SecurePort { get; init; }

    /// <summary>The registered client id of NudgeService in the sandbox's directory.</summary>
    public string ClientId { get; init; } = "5d2b0a3e-6f1c-4b8e-9a47-0c3e1f2d7b91";

    /// <summary>The sandbox's client secret: a well-known development value, not a credential of any real tenant.</summary>
    public string ClientSecret { get; init; } = "sandbox-client-secret";

    /// <summary>The SendGrid API key the sandbox's mail-send endpoint accepts.</summary>
    public string SendGridApiKey { get; init; } = "SG.sandbox.sandbox-api-key";

    /// <summary>When true the authorize endpoint grants consent without showing its page.</summary>
    public bool AutoConsent { get; init; }

    /// <summary>Folder where mailboxes' ground truth and the certificate are written; null writes nothing.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Whether to log each request to the console (the CLI does; tests do not).</summary>
    public bool LogRequests { get; init; }
}
