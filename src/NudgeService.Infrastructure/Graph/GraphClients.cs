using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using NudgeService.Infrastructure.Storage;
using Polly;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Graph SDK clients for one mailbox: the SDK's middleware without its retry handler, the shared
/// resilience pipeline, the mailbox's concurrency gate, and one connection pool for the process.
/// </summary>
public sealed class GraphClients(ResiliencePipeline<HttpResponseMessage> pipeline, TableMailboxSlots slots) : IDisposable
{
    private readonly SocketsHttpHandler connections = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All };

    /// <param name="userId">Whose mailbox: its four slots are shared with every other piece of work on it, in any process.</param>
    public MailboxSession Open(string baseUrl, IAccessTokenProvider tokens, string userId)
    {
        var gate = new MailboxGate(userId, slots);
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(handler => handler is not RetryHandler).ToList();
        handlers.Add(new ResilientGraphHandler(pipeline));
        handlers.Add(gate);
        var http = GraphClientFactory.Create(handlers, finalHandler: connections, disposeHandler: false);
        return new MailboxSession(new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(tokens), baseUrl), gate, http);
    }

    public void Dispose() => connections.Dispose();
}

/// <summary>A Graph client bound to one mailbox for the time of one piece of work.</summary>
public sealed class MailboxSession(GraphServiceClient graph, MailboxGate gate, HttpClient http) : IDisposable
{
    public GraphServiceClient Graph => graph;

    public int RoundTrips => gate.RoundTrips;

    public void Dispose()
    {
        graph.Dispose();
        http.Dispose();
    }
}
