using NudgeService.Integration.Tests.Connect;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>Mail scanners open every link of an email: opening one must never act.</summary>
[Collection(ActionsEnvironment.Name)]
public sealed class FollowingLinksTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Fetching_every_link_of_the_digest_with_GET_changes_nothing_stored_and_sends_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 250);
        var links = digest.Links();
        var before = await StoredAsync(digest);
        using var scanner = environment.Browser();

        foreach (var link in links)
        {
            using var response = await scanner.GetAsync(link);
            Assert.True((int)response.StatusCode == 200, $"GET {link} answered {(int)response.StatusCode}.");
        }

        Assert.True(links.Count >= 6, $"The digest has only {links.Count} links.");
        Assert.Equal(before, await StoredAsync(digest));
        Assert.Empty(digest.Mailbox.SentThroughGraph);
    }

    /// <summary>Every row stored for the user, with its version: any write would change one.</summary>
    private async Task<List<string>> StoredAsync(DigestInHand digest) =>
        [.. (await environment.EntitiesOfAsync(digest.Persona.UserId)).Select(entity => $"{entity.RowKey} {entity.ETag}").Order(StringComparer.Ordinal)];
}
