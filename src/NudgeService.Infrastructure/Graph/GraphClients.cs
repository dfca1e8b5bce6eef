using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace NudgeService.Infrastructure.Graph;

/// <summary>Graph SDK clients with the SDK's own middleware (its retry handler is the one retry layer for Graph).</summary>
public static class GraphClients
{
    public static GraphServiceClient Create(string baseUrl, IAccessTokenProvider tokens) =>
        new(GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers()), new BaseBearerTokenAuthenticationProvider(tokens), baseUrl);
}
