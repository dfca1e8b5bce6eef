using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Hosting;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Graph;

public sealed class PagingAndBatchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task Page_iterator_walks_every_contact_through_next_links()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Pages" + Guid.NewGuid().ToString("N")[..6], contactCount: 23));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var first = await graph.Me.Contacts.GetAsync(request =>
        {
            request.QueryParameters.Top = 5;
            request.QueryParameters.Select = ["displayName", "emailAddresses", "birthday"];
        });
        var names = new List<string>();

        var iterator = PageIterator<Contact, ContactCollectionResponse>.CreatePageIterator(graph, first!, contact =>
        {
            names.Add(contact.DisplayName!);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(23, names.Count);
        Assert.Equal(23, names.Distinct().Count());
        Assert.Equal(5, Sandbox.Services.GetRequiredService<MailboxTraffic>().Snapshot(mailbox.Key).RoundTrips);
    }

    [Fact]
    public async Task Messages_list_newest_first_pages_with_skip_and_top()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("List" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var first = await graph.Me.MailFolders["sentitems"].Messages.GetAsync(request =>
        {
            request.QueryParameters.Top = 8;
            request.QueryParameters.Select = ["subject", "receivedDateTime", "toRecipients"];
        });
        var received = new List<DateTimeOffset>();

        await PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph, first!, message =>
        {
            received.Add(message.ReceivedDateTime!.Value);
            return true;
        }).IterateAsync();

        Assert.Equal(30, received.Count);
        Assert.Equal(received.OrderByDescending(instant => instant), received);
    }

    [Fact]
    public async Task A_batch_answers_each_request_in_one_round_trip()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Batch" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var batch = new BatchRequestContentCollection(graph);
        var meStep = await batch.AddBatchRequestStepAsync(graph.Me.ToGetRequestInformation());
        var settingsStep = await batch.AddBatchRequestStepAsync(graph.Me.MailboxSettings.ToGetRequestInformation());
        var contactsStep = await batch.AddBatchRequestStepAsync(graph.Me.Contacts.ToGetRequestInformation(request => request.QueryParameters.Top = 3));
        var missingStep = await batch.AddBatchRequestStepAsync(graph.Me.Contacts["AAMkAAAAAAAAAAAAAAAAAA"].ToGetRequestInformation());

        var responses = await graph.Batch.PostAsync(batch);

        Assert.Equal(mailbox.Owner.Address, (await responses.GetResponseByIdAsync<User>(meStep)).Mail);
        var settings = await responses.GetResponseByIdAsync<MailboxSettings>(settingsStep);
        Assert.Equal("Romance Standard Time", settings.TimeZone);
        Assert.Equal("fr-FR", settings.Language!.Locale);
        Assert.Equal(3, (await responses.GetResponseByIdAsync<ContactCollectionResponse>(contactsStep)).Value!.Count);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await responses.GetResponsesStatusCodesAsync())[missingStep]);
        var traffic = Sandbox.Services.GetRequiredService<MailboxTraffic>().Snapshot(mailbox.Key);
        Assert.Equal(1, traffic.RoundTrips);
        Assert.Equal(4, traffic.Calls);
    }

    [Fact]
    public async Task Sent_mail_is_not_in_sent_items_right_after_the_202_and_the_first_delta_once_the_mailbox_clock_passed_its_filing_sees_it()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Send" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var before = await MessageDeltaTests.ReadRoundAsync(graph, null, "sentitems");

        await SendAsync(graph, "Congratulations on the new role");
        var rightAfter = await MessageDeltaTests.ReadRoundAsync(graph, before.DeltaLink, "sentitems");
        mailbox.Clock.Set(mailbox.Clock.Now.AddSeconds(FaultSettings.DefaultSentItemsDelaySeconds));
        var after = await MessageDeltaTests.ReadRoundAsync(graph, rightAfter.DeltaLink, "sentitems");

        Assert.Empty(Filed(rightAfter.Items));
        var sent = Assert.Single(Filed(after.Items));
        Assert.Equal("person3@fabrikam.example", Assert.Single(sent.ToRecipients!).EmailAddress!.Address);
        Assert.True(sent.ReceivedDateTime >= Assert.Single(mailbox.SentThroughGraph).SentAt);
        Assert.Equal("Bravo Claire !", Assert.Single(mailbox.SentThroughGraph).Body!.Content);
    }

    [Fact]
    public async Task The_admin_api_sets_how_long_sent_mail_takes_to_reach_sent_items()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Slow" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        (await http.PutAsJsonAsync($"sandbox/mailboxes/{mailbox.Key}/faults", new { sentItemsDelaySeconds = 3600 })).EnsureSuccessStatusCode();
        var before = await MessageDeltaTests.ReadRoundAsync(graph, null, "sentitems");

        await SendAsync(graph, "An hour in transport");
        mailbox.Clock.Set(mailbox.Clock.Now.AddMinutes(59));
        var withinTheHour = await MessageDeltaTests.ReadRoundAsync(graph, before.DeltaLink, "sentitems");
        mailbox.Clock.Set(mailbox.Clock.Now.AddMinutes(2));
        var afterTheHour = await MessageDeltaTests.ReadRoundAsync(graph, withinTheHour.DeltaLink, "sentitems");

        Assert.Empty(Filed(withinTheHour.Items));
        Assert.Single(Filed(afterTheHour.Items));
        Assert.Equal(3600, Sandbox.Services.GetRequiredService<FaultInjector>().SettingsFor(mailbox.Key).SentItemsDelaySeconds);
        Assert.Equal(400, (int)(await http.PutAsJsonAsync($"sandbox/mailboxes/{mailbox.Key}/faults", new { sentItemsDelaySeconds = -1 })).StatusCode);
    }

    [Fact]
    public async Task Lost_sent_mail_gets_its_202_and_never_reaches_sent_items()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Lost" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        Sandbox.Services.GetRequiredService<FaultInjector>().Configure(mailbox.Key, FaultSettings.None with { LoseSentMail = true });
        var before = await MessageDeltaTests.ReadRoundAsync(graph, null, "sentitems");

        await SendAsync(graph, "Never filed");
        mailbox.Clock.Set(mailbox.Clock.Now.AddDays(8));
        var aWeekOn = await MessageDeltaTests.ReadRoundAsync(graph, before.DeltaLink, "sentitems");

        Assert.Single(mailbox.SentThroughGraph);
        Assert.Empty(Filed(aWeekOn.Items));
    }

    /// <summary>The messages a delta round reports in the folder, leaving out removals (which name only an id).</summary>
    private static List<Message> Filed(IEnumerable<Message> items) => [.. items.Where(message => message.ToRecipients is { Count: > 0 })];

    private static Task SendAsync(GraphServiceClient graph, string subject) =>
        graph.Me.SendMail.PostAsync(new Microsoft.Graph.Me.SendMail.SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = subject,
                Body = new ItemBody { ContentType = BodyType.Text, Content = "Bravo Claire !" },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "person3@fabrikam.example", Name = "Person 3" } }],
            },
            SaveToSentItems = true,
        });

    [Fact]
    public async Task Sending_without_recipients_is_rejected_and_sends_nothing()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("NoRcpt" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => graph.Me.SendMail.PostAsync(
            new Microsoft.Graph.Me.SendMail.SendMailPostRequestBody { Message = new Message { Subject = "Hello" } }));

        Assert.Equal("ErrorInvalidRecipients", error.Error!.Code);
        Assert.Empty(mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task A_draft_is_created_with_a_web_link_only_with_mail_read_write()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Draft" + Guid.NewGuid().ToString("N")[..6]));
        var draftMessage = new Message
        {
            Subject = "Un café ?",
            Body = new ItemBody { ContentType = BodyType.Text, Content = "Salut !" },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "person2@fabrikam.example" } }],
        };
        var withoutReadWrite = SandboxGraph.CreateClient(Sandbox, mailbox, SandboxGraph.AllScopes.Where(scope => scope != "Mail.ReadWrite").ToHashSet());

        var denied = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => withoutReadWrite.Me.Messages.PostAsync(draftMessage));
        var draft = await SandboxGraph.CreateClient(Sandbox, mailbox).Me.Messages.PostAsync(draftMessage);

        Assert.Equal(403, denied.ResponseStatusCode);
        Assert.True(draft!.IsDraft);
        Assert.StartsWith(Sandbox.BaseUrl + "owa/?ItemID=", draft.WebLink);
    }
}
