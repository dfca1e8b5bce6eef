using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Testing;

/// <summary>Real Microsoft.Graph clients pointed at a sandbox mailbox, with the SDK's default middleware.</summary>
public static class SandboxGraph
{
    public static readonly IReadOnlySet<string> AllScopes = GraphScopes.Delegated.ToHashSet();

    public static string IssueToken(SandboxServer sandbox, Mailbox mailbox, IReadOnlySet<string>? scopes = null) =>
        sandbox.Services.GetRequiredService<TokenIssuer>().IssueAccessToken(mailbox.Key, scopes ?? AllScopes, TimeSpan.FromHours(1));

    public static GraphServiceClient CreateClient(SandboxServer sandbox, Mailbox mailbox, IReadOnlySet<string>? scopes = null, params DelegatingHandler[] observers)
    {
        var token = IssueToken(sandbox, mailbox, scopes);
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        foreach (var observer in observers) handlers.Add(observer);
        var httpClient = GraphClientFactory.Create(handlers);
        return new GraphServiceClient(httpClient, new BaseBearerTokenAuthenticationProvider(new FixedToken(token)), sandbox.GraphUrl.ToString());
    }

    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
