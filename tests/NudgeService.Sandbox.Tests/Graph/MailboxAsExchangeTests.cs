using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;
using MailFolder = NudgeService.Sandbox.Mailboxes.MailFolder;

namespace NudgeService.Sandbox.Tests.Graph;

/// <summary>Limits of Exchange Online the sandbox keeps by default: capped filtered deltas, ids that change on a move, folders, page sizes, forgotten tokens, headers.</summary>
public sealed class MailboxAsExchangeTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task A_filtered_delta_stops_at_5000_messages_oldest_first_unless_asked_newest_first_and_an_unfiltered_one_returns_all()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Cap" + Guid.NewGuid().ToString("N")[..6], messagesPerFolder: 6000, contactCount: 3, eventCount: 1));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var from = TestMailboxes.Now.AddYears(-10);
        var newest = mailbox.MessagesNewestFirst(MailFolder.Inbox, mailbox.CurrentWatermark(), _ => true, 0, 1)[0];

        var filtered = await ReadAllAsync(graph, request => request.QueryParameters.Filter = $"receivedDateTime ge {from:yyyy-MM-ddTHH:mm:ssZ}");
        var newestFirst = await ReadAllAsync(graph, request =>
        {
            request.QueryParameters.Filter = $"receivedDateTime ge {from:yyyy-MM-ddTHH:mm:ssZ}";
            request.QueryParameters.Orderby = ["receivedDateTime desc"];
        });
        var unfiltered = await ReadAllAsync(graph, _ => { });

        Assert.Equal(5000, filtered.Count);
        Assert.DoesNotContain(mailbox.FormatId(ItemKinds.Message, newest.Number), filtered);
        Assert.Equal(5000, newestFirst.Count);
        Assert.Contains(mailbox.FormatId(ItemKinds.Message, newest.Number), newestFirst);
        Assert.Equal(6000, unfiltered.Distinct().Count());
    }

    [Fact]
    public async Task A_move_gives_the_message_a_new_id_unless_immutable_ids_are_asked_for()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Move" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var inbox = await MessageDeltaTests.ReadRoundAsync(graph, null);
        var archive = await MessageDeltaTests.ReadRoundAsync(graph, null, "archive");
        var counted = mailbox.MessagesNewestFirst(MailFolder.Inbox, mailbox.CurrentWatermark(), _ => true, 0, 1)[0];
        var before = mailbox.FormatId(ItemKinds.Message, counted.Number);

        var moved = mailbox.MoveMessage(counted.Number, MailFolder.Archive)!;

        var plainArchive = await MessageDeltaTests.ReadRoundAsync(graph, archive.DeltaLink, "archive");
        Assert.NotEqual(before, Assert.Single(plainArchive.Items).Id);
        var left = await MessageDeltaTests.ReadRoundAsync(graph, inbox.DeltaLink);
        Assert.Equal(before, Assert.Single(left.Items, message => message.AdditionalData.ContainsKey("@removed")).Id);

        var immutable = await graph.Me.MailFolders["archive"].Messages.Delta.GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "IdType=\"ImmutableId\""));
        Assert.Equal(before, Assert.Single(immutable!.Value!).Id);
        Assert.Equal(before, mailbox.FormatId(ItemKinds.Message, moved.ImmutableNumber));
    }

    [Fact]
    public async Task The_folder_delta_lists_nested_folders_then_reports_creations_renames_moves_and_deletions()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Folders" + Guid.NewGuid().ToString("N")[..6]));
        var clients = mailbox.AddFolder("Clients", MailFolder.Inbox);
        var acme = mailbox.AddFolder("Acme", clients.Folder);
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        string Id(FolderNode node) => mailbox.FormatId(ItemKinds.Folder, (long)node.Folder);

        var first = await graph.Me.MailFolders.Delta.GetAsDeltaGetResponseAsync(request => request.QueryParameters.Select = ["displayName", "parentFolderId"]);
        Assert.Equal(MailFolders.WellKnown.Count + 2, first!.Value!.Count);
        Assert.Equal(Id(clients), first.Value.Single(folder => folder.DisplayName == "Acme").ParentFolderId);
        var inboxId = (await graph.Me.MailFolders["inbox"].GetAsync())!.Id;
        Assert.Equal(inboxId, first.Value.Single(folder => folder.DisplayName == "Clients").ParentFolderId);

        var created = mailbox.AddFolder("Globex", clients.Folder);
        mailbox.UpdateFolder(acme.Folder, "Acme Corp", null, toRoot: true);
        mailbox.DeleteFolder(clients.Folder);
        var changes = await graph.Me.MailFolders.Delta.WithUrl(first.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        Assert.Contains(changes!.Value!, folder => folder.Id == Id(acme) && folder.DisplayName == "Acme Corp");
        Assert.Contains(changes.Value!, folder => folder.Id == Id(clients) && folder.AdditionalData.ContainsKey("@removed"));
        Assert.Contains(changes.Value!, folder => folder.Id == Id(created) && folder.AdditionalData.ContainsKey("@removed"));
    }

    [Fact]
    public async Task Pages_hold_fewer_items_than_asked_contacts_at_most_200()
    {
        var seed = TestMailboxes.Create("Pages" + Guid.NewGuid().ToString("N")[..6], messagesPerFolder: 3000);
        var mailbox = Sandbox.AddMailbox(seed with { Contacts = [.. Enumerable.Range(0, 450).Select(index => new NudgeService.Sandbox.Mailboxes.Contact { Number = index + 1, CreatedAt = seed.Contacts[0].CreatedAt, Revisions = seed.Contacts[index % seed.Contacts.Count].Revisions })] });
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var contacts = await graph.Me.Contacts.Delta.GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "odata.maxpagesize=1000"));
        var messages = await graph.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "odata.maxpagesize=1000"));

        Assert.Equal(200, contacts!.Value!.Count);
        Assert.NotNull(contacts.OdataNextLink);
        Assert.InRange(messages!.Value!.Count, 500, 1000);
    }

    [Theory]
    [InlineData(null, null, 400, "resyncRequired")]
    [InlineData(410, "syncStateNotFound", 410, "syncStateNotFound")]
    [InlineData(400, "syncStateNotFound", 400, "syncStateNotFound")]
    public async Task A_forgotten_delta_token_is_a_4xx_whose_code_says_so(int? status, string? code, int expectedStatus, string expectedCode)
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Lost" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var round = await MessageDeltaTests.ReadRoundAsync(graph, null);

        mailbox.ExpireDeltaTokens(status is null ? null : new SyncStateLoss(status.Value, code!));

        var lost = await Assert.ThrowsAsync<ODataError>(() => MessageDeltaTests.ReadRoundAsync(graph, round.DeltaLink));
        Assert.Equal(expectedStatus, lost.ResponseStatusCode);
        Assert.Equal(expectedCode, lost.Error!.Code);
    }

    [Fact]
    public async Task A_loss_until_cleared_refuses_even_the_tokens_of_a_fresh_round()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Stuck" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        mailbox.ExpireDeltaTokens(SyncStateLoss.Default with { UntilCleared = true });

        await Assert.ThrowsAsync<ODataError>(() => MessageDeltaTests.ReadRoundAsync(graph, null));
        mailbox.ClearSyncStateLoss();
        Assert.Equal(30, (await MessageDeltaTests.ReadRoundAsync(graph, null)).Items.Count);
    }

    [Fact]
    public async Task Internet_headers_are_withheld_under_Mail_ReadBasic_and_served_with_Mail_Read()
    {
        var seed = TestMailboxes.Create("Headers" + Guid.NewGuid().ToString("N")[..6]);
        var mailbox = Sandbox.AddMailbox(seed with { Messages = [.. seed.Messages.Select(message => message with { Headers = [new("List-Unsubscribe", "<mailto:leave@lists.example>")] })] });
        async Task<Message> FirstAsync(IReadOnlySet<string> scopes) =>
            (await SandboxGraph.CreateClient(Sandbox, mailbox, scopes).Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(request =>
                request.QueryParameters.Select = ["from", "internetMessageHeaders"]))!.Value![0];

        var basic = await FirstAsync(new HashSet<string> { "Mail.ReadBasic" });
        var full = await FirstAsync(new HashSet<string> { "Mail.Read" });

        Assert.Null(basic.InternetMessageHeaders);
        Assert.Equal("List-Unsubscribe", Assert.Single(full.InternetMessageHeaders!).Name);
    }

    [Fact]
    public async Task A_request_inside_a_batch_is_throttled_with_its_own_Retry_After_and_sending_it_again_before_it_passes_is_an_early_retry()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Batch" + Guid.NewGuid().ToString("N")[..6]));
        var faults = Sandbox.Services.GetRequiredService<FaultInjector>();
        var traffic = Sandbox.Services.GetRequiredService<MailboxTraffic>();
        faults.Configure(mailbox.Key, FaultSettings.None with { ThrottleFirstCalls = 2, RetryAfterSeconds = 30 });
        using var http = new HttpClient { BaseAddress = new Uri(Sandbox.GraphUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxGraph.IssueToken(Sandbox, mailbox));

        using var batch = await http.PostAsync("$batch", new StringContent("""{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"GET","url":"/me/contacts/delta"}]}""", System.Text.Encoding.UTF8, "application/json"));
        using var answer = JsonDocument.Parse(await batch.Content.ReadAsStringAsync());
        var responses = answer.RootElement.GetProperty("responses").EnumerateArray().ToList();
        using var other = await http.GetAsync("me/mailboxSettings");
        using var early = await http.GetAsync("me");

        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.All(responses, response =>
        {
            Assert.Equal(429, response.GetProperty("status").GetInt32());
            Assert.Equal("30", response.GetProperty("headers").GetProperty("Retry-After").GetString());
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.Equal(1, traffic.Snapshot(mailbox.Key).EarlyRetries);
    }

    private static async Task<List<string>> ReadAllAsync(GraphServiceClient graph, Action<Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Graph.Me.MailFolders.Item.Messages.Delta.DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters>> configure)
    {
        var ids = new List<string>();
        var page = await graph.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(request =>
        {
            configure(request);
            request.QueryParameters.Select = ["receivedDateTime"];
            request.Headers.Add("Prefer", "odata.maxpagesize=1000");
        });
        while (true)
        {
            ids.AddRange(page!.Value!.Select(message => message.Id!));
            if (page.OdataNextLink is not { } next) return ids;
            page = await graph.Me.MailFolders["inbox"].Messages.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "odata.maxpagesize=1000"));
        }
    }
}
