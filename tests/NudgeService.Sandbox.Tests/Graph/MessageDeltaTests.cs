using Microsoft.Graph;
using Microsoft.Graph.Me.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;
using MailFolder = NudgeService.Sandbox.Mailboxes.MailFolder;

namespace NudgeService.Sandbox.Tests.Graph;

public sealed class MessageDeltaTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task Delta_rounds_report_everything_then_nothing_then_only_changes_then_expire()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Delta" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var initial = await ReadRoundAsync(graph, null);
        Assert.Equal(30, initial.Items.Count);
        Assert.InRange(initial.Pages, 5, 9);
        Assert.All(initial.Items, message => Assert.NotNull(message.From?.EmailAddress?.Address));
        Assert.All(initial.Items, message => Assert.Null(message.Subject));

        var quiet = await ReadRoundAsync(graph, initial.DeltaLink);
        Assert.Empty(quiet.Items);
        Assert.Equal(1, quiet.Pages);

        var arrived = AppendInboxMessage(mailbox, "Lunch next week?");
        var deletedId = initial.Items[3].Id!;
        Assert.True(mailbox.TryParseId(deletedId, ItemKinds.Message, out var deletedNumber));
        mailbox.DeleteMessage(deletedNumber);

        var changes = await ReadRoundAsync(graph, quiet.DeltaLink);
        Assert.Equal(2, changes.Items.Count);
        var added = Assert.Single(changes.Items, message => !message.AdditionalData.ContainsKey("@removed"));
        Assert.Equal(mailbox.FormatId(ItemKinds.Message, arrived.Number), added.Id);
        Assert.Equal("colleague@fabrikam.example", added.From!.EmailAddress!.Address);
        var removed = Assert.Single(changes.Items, message => message.AdditionalData.ContainsKey("@removed"));
        Assert.Equal(deletedId, removed.Id);

        mailbox.ExpireDeltaTokens();
        var expired = await Assert.ThrowsAsync<ODataError>(() => ReadRoundAsync(graph, changes.DeltaLink));
        Assert.Equal(400, expired.ResponseStatusCode);
        Assert.Equal("resyncRequired", expired.Error!.Code);

        var resync = await ReadRoundAsync(graph, null);
        Assert.Equal(30, resync.Items.Count);
    }

    [Fact]
    public async Task Mail_dated_after_the_clock_arrives_in_the_delta_once_the_clock_passes_it()
    {
        var seed = TestMailboxes.Create("Clock" + Guid.NewGuid().ToString("N")[..6]);
        var person = new MailPerson("Future Sender", "future@fabrikam.example");
        var future = new MailMessage
        {
            Number = 10_000, Folder = MailFolder.Inbox, ReceivedAt = seed.Now.AddDays(3), SentAt = seed.Now.AddDays(3),
            From = person, Sender = person, To = [seed.Owner.AsPerson], Subject = "Later", ConversationNumber = 10_000,
        };
        var mailbox = Sandbox.AddMailbox(seed with { Messages = [.. seed.Messages, future] });
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var initial = await ReadRoundAsync(graph, null);
        Assert.DoesNotContain(initial.Items, message => message.Id == mailbox.FormatId(ItemKinds.Message, 10_000));

        mailbox.Clock.Set(seed.Now.AddDays(4));
        var afterClock = await ReadRoundAsync(graph, initial.DeltaLink);
        Assert.Equal(mailbox.FormatId(ItemKinds.Message, 10_000), Assert.Single(afterClock.Items).Id);
    }

    [Fact]
    public async Task Received_date_filter_limits_the_initial_round()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Filter" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var from = TestMailboxes.Now.AddDays(-5);

        var response = await graph.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(request =>
        {
            request.QueryParameters.Filter = $"receivedDateTime ge {from:yyyy-MM-ddTHH:mm:ssZ}";
            request.Headers.Add("Prefer", "odata.maxpagesize=100");
        });

        Assert.NotEmpty(response!.Value!);
        Assert.All(response.Value!, message => Assert.True(message.ReceivedDateTime >= from));
        Assert.True(response.Value!.Count < 30);
    }

    internal static MailMessage AppendInboxMessage(Mailbox mailbox, string subject)
    {
        var colleague = new MailPerson("Colleague", "colleague@fabrikam.example");
        var now = mailbox.Clock.Now;
        return mailbox.AddMessage(number => new MailMessage
        {
            Number = number, Folder = MailFolder.Inbox, ReceivedAt = now, SentAt = now.AddSeconds(-2),
            From = colleague, Sender = colleague, To = [mailbox.Owner.AsPerson], Subject = subject, ConversationNumber = number,
        });
    }

    internal static async Task<DeltaRound> ReadRoundAsync(GraphServiceClient graph, string? link, string folder = "inbox")
    {
        var items = new List<Message>();
        var pages = 0;
        var builder = graph.Me.MailFolders[folder].Messages.Delta;
        var response = link is null
            ? await builder.GetAsDeltaGetResponseAsync(request =>
            {
                request.QueryParameters.Select = ["from", "toRecipients", "receivedDateTime"];
                request.Headers.Add("Prefer", "odata.maxpagesize=7");
            })
            : await builder.WithUrl(link).GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "odata.maxpagesize=7"));
        while (true)
        {
            pages++;
            items.AddRange(response!.Value!);
            if (response.OdataNextLink is null) return new DeltaRound(items, response.OdataDeltaLink!, pages);
            response = await builder.WithUrl(response.OdataNextLink).GetAsDeltaGetResponseAsync(request => request.Headers.Add("Prefer", "odata.maxpagesize=7"));
        }
    }

    internal sealed record DeltaRound(List<Message> Items, string DeltaLink, int Pages);
}
