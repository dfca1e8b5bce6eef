using Azure.Data.Tables;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

[CollectionDefinition(Name)]
public sealed class ConnectEnvironment : ICollectionFixture<ServiceEnvironment>
{
    public const string Name = "connect";
}

/// <summary>What the connect tests do again and again: walk the browser through the flow, look into storage and the outbox.</summary>
internal static class ConnectSteps
{
    public static Mailbox NewMailbox(this ServiceEnvironment environment, string name) =>
        environment.Sandbox.AddMailbox(TestMailboxes.Create(name + Guid.NewGuid().ToString("N")[..6]));

    /// <summary>/api/connect → the sandbox's authorize endpoint → back to the callback; returns the last hop's response.</summary>
    /// <param name="browser">The browser to sign in with, which keeps the sign-in session; a fresh one when null.</param>
    public static async Task<(HttpResponseMessage Callback, Uri CallbackUrl)> ConnectAsync(this ServiceEnvironment environment, Mailbox mailbox, string language = "en", HttpClient? browser = null)
    {
        using var fresh = browser is null ? environment.Browser() : null;
        browser ??= fresh!;
        var start = await browser.GetAsync(new Uri(environment.Web.BaseUrl, $"api/connect?lang={language}&hint={Uri.EscapeDataString(mailbox.Owner.Address)}"));
        Assert.Equal(302, (int)start.StatusCode);
        var authorize = await browser.GetAsync(start.Headers.Location);
        Assert.Equal(302, (int)authorize.StatusCode);
        var callbackUrl = authorize.Headers.Location!;
        return (await browser.GetAsync(callbackUrl), callbackUrl);
    }

    public static string UserIdOf(Mailbox mailbox) => UserIds.From(mailbox.Owner.ObjectId, mailbox.Owner.TenantId);

    public static IReadOnlyList<SentMessage> EmailsTo(this ServiceEnvironment environment, Mailbox mailbox) =>
        environment.Sandbox.Services.GetRequiredService<SendGridOutbox>().All()
            .Where(message => message.Personalizations.Any(personalization => personalization.To.Any(to => to.Email == mailbox.Owner.Address)))
            .ToList();

    /// <summary>Every entity stored under the user's partition, in every table of the account.</summary>
    public static async Task<List<TableEntity>> EntitiesOfAsync(this ServiceEnvironment environment, string userId)
    {
        var service = new TableServiceClient(environment.StorageConnectionString);
        var found = new List<TableEntity>();
        await foreach (var table in service.QueryAsync())
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>(row => row.PartitionKey == userId)) found.Add(entity);
        }
        return found;
    }

    public static string QueryValue(Uri url, string name) => QueryHelpers.ParseQuery(url.Query)[name].ToString();

    /// <summary>Follows redirects hop by hop (our pages, the sandbox's sign-in, and back); returns the last answer and every address visited.</summary>
    public static async Task<(HttpResponseMessage Last, List<Uri> Hops)> FollowAsync(this HttpClient browser, HttpResponseMessage response)
    {
        var hops = new List<Uri>();
        for (var hop = 0; hop < 8 && response.Headers.Location is { } location; hop++)
        {
            var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            hops.Add(next);
            response = await browser.GetAsync(next);
        }
        return (response, hops);
    }
}
