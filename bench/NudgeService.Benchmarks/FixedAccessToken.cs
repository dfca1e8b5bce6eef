using Microsoft.Kiota.Abstractions.Authentication;

namespace NudgeService.Benchmarks;

/// <summary>The user's access token, acquired once through the application, for the Graph client of the naive re-scan.</summary>
internal sealed class FixedAccessToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
