using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Polly;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Graph SDK clients for one mailbox: the SDK's middleware without its retry handler, the shared
/// resilience pipeline, the mailbox's concurrency gate, and one connection pool for the process.
/// </summary>
public sealed class GraphClients(ResiliencePipeline<HttpResponseMessage> pipeline) : IDisposable
{
    private readonly SocketsHttpHandler connections = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All };

    public MailboxSession Open(string baseUrl, IAccessTokenProvider tokens)
    {
        var gate = new MailboxGate();
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
