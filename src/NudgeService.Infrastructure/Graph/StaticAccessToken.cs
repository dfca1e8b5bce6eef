using Microsoft.Kiota.Abstractions.Authentication;

namespace NudgeService.Infrastructure.Graph;

/// <summary>An access token acquired beforehand for one piece of work.</summary>
public sealed class StaticAccessToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
