using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Environment;

public sealed class AzuriteFixtureTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Tables_queues_and_blobs_round_trip_through_the_real_sdk_clients()
    {
        var table = new TableClient(azurite.ConnectionString, "fixturecheck");
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("user-1", "row-1") { ["Value"] = 42 });
        var queue = new QueueClient(azurite.ConnectionString, "fixture-check");
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("hello");
        var container = new BlobContainerClient(azurite.ConnectionString, "fixture-check");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("key.xml").UploadAsync(BinaryData.FromString("<key/>"), overwrite: true);

        Assert.Equal(42, (await table.GetEntityAsync<TableEntity>("user-1", "row-1")).Value.GetInt32("Value"));
        Assert.Equal("hello", (await queue.ReceiveMessageAsync()).Value.MessageText);
        Assert.Equal("<key/>", (await container.GetBlobClient("key.xml").DownloadContentAsync()).Value.Content.ToString());
    }
}
