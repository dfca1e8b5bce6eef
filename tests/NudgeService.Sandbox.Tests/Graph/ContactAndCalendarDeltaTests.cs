using Microsoft.Graph;
using Microsoft.Graph.Models;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;
using Contact = Microsoft.Graph.Models.Contact;

namespace NudgeService.Sandbox.Tests.Graph;

public sealed class ContactAndCalendarDeltaTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task Contact_delta_reports_a_new_job_title_a_scheduled_change_and_a_deletion()
    {
        var seed = TestMailboxes.Create("Cards" + Guid.NewGuid().ToString("N")[..6]);
        var promoted = seed.Contacts[4];
        var scheduled = new Mailboxes.Contact
        {
            Number = promoted.Number,
            CreatedAt = promoted.CreatedAt,
            Revisions = [.. promoted.Revisions, new ContactRevision(seed.Now.AddDays(2), promoted.Revisions[0].Card with { JobTitle = "Head of Engineering" })],
        };
        var mailbox = Sandbox.AddMailbox(seed with { Contacts = [.. seed.Contacts.Where(contact => contact.Number != promoted.Number), scheduled] });
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var initial = await ReadRoundAsync(graph, null);
        Assert.Equal(12, initial.Items.Count);
        Assert.All(initial.Items, contact => Assert.Equal("Engineer", contact.JobTitle));

        mailbox.UpdateContact(2, card => card with { CompanyName = "Northwind", JobTitle = "CTO" });
        mailbox.DeleteContact(7);
        mailbox.Clock.Set(seed.Now.AddDays(3));
        var changes = await ReadRoundAsync(graph, initial.DeltaLink);

        Assert.Equal(3, changes.Items.Count);
        Assert.Equal("CTO", changes.Items.Single(contact => contact.Id == mailbox.FormatId(ItemKinds.Contact, 2)).JobTitle);
        Assert.Equal("Head of Engineering", changes.Items.Single(contact => contact.Id == mailbox.FormatId(ItemKinds.Contact, promoted.Number)).JobTitle);
        Assert.True(changes.Items.Single(contact => contact.Id == mailbox.FormatId(ItemKinds.Contact, 7)).AdditionalData.ContainsKey("@removed"));
        Assert.Empty((await ReadRoundAsync(graph, changes.DeltaLink)).Items);
    }

    [Fact]
    public async Task Calendar_view_delta_covers_its_window_and_reports_a_cancellation()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Cal" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        var start = TestMailboxes.Now.AddDays(-10);
        var end = TestMailboxes.Now.AddDays(30);

        var first = await graph.Me.CalendarView.Delta.GetAsDeltaGetResponseAsync(request =>
        {
            request.QueryParameters.StartDateTime = start.ToString("o");
            request.QueryParameters.EndDateTime = end.ToString("o");
            request.Headers.Add("Prefer", "odata.maxpagesize=2");
            request.Headers.Add("Prefer", "outlook.timezone=\"Romance Standard Time\"");
        });
        var events = new List<Event>(first!.Value!);
        var response = first;
        while (response!.OdataNextLink is not null)
        {
            // Prefer headers are per request in Graph: every page asks for the zone again.
            response = await graph.Me.CalendarView.Delta.WithUrl(response.OdataNextLink).GetAsDeltaGetResponseAsync(request =>
            {
                request.Headers.Add("Prefer", "odata.maxpagesize=2");
                request.Headers.Add("Prefer", "outlook.timezone=\"Romance Standard Time\"");
            });
            events.AddRange(response!.Value!);
        }
        var expected = mailbox.EventsBetween(start, end, mailbox.CurrentWatermark());
        Assert.Equal(expected.Count, events.Count);
        Assert.Contains(events, item => item.IsCancelled == true);
        Assert.All(events, item => Assert.Equal("Romance Standard Time", item.Start!.TimeZone));
        Assert.All(events, item => Assert.NotEmpty(item.Attendees!));

        var cancelled = expected.First(item => !item.IsCancelled);
        mailbox.UpdateEvent(cancelled.Number, item => item with { IsCancelled = true });
        var changes = await graph.Me.CalendarView.Delta.WithUrl(response.OdataDeltaLink).GetAsDeltaGetResponseAsync();

        var changed = Assert.Single(changes!.Value!);
        Assert.Equal(mailbox.FormatId(ItemKinds.Event, cancelled.Number), changed.Id);
        Assert.True(changed.IsCancelled);
    }

    [Fact]
    public async Task Calendar_view_without_a_window_is_a_clear_error()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("NoWin" + Guid.NewGuid().ToString("N")[..6]));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => graph.Me.CalendarView.GetAsync());

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidParameter", error.Error!.Code);
    }

    private static async Task<(List<Contact> Items, string DeltaLink)> ReadRoundAsync(GraphServiceClient graph, string? link)
    {
        var builder = graph.Me.Contacts.Delta;
        var response = link is null
            ? await builder.GetAsDeltaGetResponseAsync(request =>
            {
                request.QueryParameters.Select = ["displayName", "jobTitle", "companyName", "emailAddresses", "birthday"];
                request.Headers.Add("Prefer", "odata.maxpagesize=5");
            })
            : await builder.WithUrl(link).GetAsDeltaGetResponseAsync();
        var items = new List<Contact>(response!.Value!);
        while (response!.OdataNextLink is not null)
        {
            response = await builder.WithUrl(response.OdataNextLink).GetAsDeltaGetResponseAsync();
            items.AddRange(response!.Value!);
        }
        return (items, response.OdataDeltaLink!);
    }
}
