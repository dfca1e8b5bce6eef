using Polly;

namespace NudgeService.Infrastructure.Graph;

/// <summary>Runs every Graph request through the resilience pipeline.</summary>
internal sealed class ResilientGraphHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A retried request sends its body again.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
        return await pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
    }
}
