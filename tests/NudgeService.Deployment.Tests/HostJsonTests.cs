using System.Text.Json.Nodes;
using NudgeService.LocalEnvironment;

namespace NudgeService.Deployment.Tests;

/// <summary>host.json's queue and timeout settings keep to what Microsoft Graph allows one mailbox, and each is explained.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonObject Host = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "host.json")))!.AsObject();

    private static JsonNode Queues => Host["extensions"]!["queues"]!;

    // Graph counts a mailbox's requests over a 10-minute window (10,000 per app per mailbox).
    private static readonly TimeSpan GraphThrottlingWindow = TimeSpan.FromMinutes(10);

    // The digest timer runs hourly (docs/architecture.md).
    private static readonly TimeSpan TimerPeriod = TimeSpan.FromHours(1);

    [Fact]
    public void Host_file_has_the_shape_the_isolated_worker_host_reads()
    {
        Assert.Equal("2.0", (string?)Host["version"]);
        Assert.NotNull(Host["extensions"]?["queues"]);
        // .NET isolated apps bring their binding extensions as worker packages, not as a bundle.
        Assert.Null(Host["extensionBundle"]);
    }

    [Fact]
    public void A_failed_digest_job_is_retried_in_a_fresh_Graph_throttling_window()
    {
        Assert.True(TimeSpan.Parse((string)Queues["visibilityTimeout"]!) >= GraphThrottlingWindow);
    }

    [Fact]
    public void A_failing_digest_job_is_retried_and_reaches_the_poison_queue_before_the_next_timer_run()
    {
        var attempts = (int)Queues["maxDequeueCount"]!;
        var waits = TimeSpan.Parse((string)Queues["visibilityTimeout"]!) * (attempts - 1);

        Assert.True(attempts > 1);
        Assert.True(waits < TimerPeriod, $"{attempts} attempts spread over {waits}.");
    }

    [Fact]
    public void A_stuck_job_is_stopped_before_the_Flex_Consumption_default_of_30_minutes()
    {
        var timeout = TimeSpan.Parse((string)Host["functionTimeout"]!);

        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Every_host_setting_is_listed_with_its_reason_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));
        var settings = Leaves(Host).Where(name => name != "version");

        Assert.All(settings, name => Assert.Contains($"| `{name}` |", readme));
    }

    /// <summary>Each setting's path, e.g. extensions.queues.batchSize.</summary>
    private static IEnumerable<string> Leaves(JsonObject node, string prefix = "") => node.SelectMany(pair => pair.Value is JsonObject child
        ? Leaves(child, $"{prefix}{pair.Key}.")
        : [prefix + pair.Key]);
}
