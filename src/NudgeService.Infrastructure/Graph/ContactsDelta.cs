using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Ledger;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using ContactsDeltaResponse = Microsoft.Graph.Me.Contacts.Delta.DeltaGetResponse;

namespace NudgeService.Infrastructure.Graph;

/// <summary>/me/contacts/delta with the fields drafts and life events use.</summary>
internal sealed class ContactsDelta : DeltaStream<ContactsDeltaResponse>
{
    private static readonly string[] Fields = ["givenName", "surname", "displayName", "emailAddresses", "birthday", "jobTitle", "companyName", "personalNotes", "spouseName"];

    public override MailboxStream Stream => MailboxStream.Contacts;

    public override RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor) =>
        graph.Me.Contacts.Delta.ToGetRequestInformation(request =>
        {
            request.QueryParameters.Select = Fields;
            request.Headers.Add("Prefer", MaxPageSize);
        });

    public override RequestInformation Follow(GraphServiceClient graph, string link) =>
        graph.Me.Contacts.Delta.WithUrl(link).ToGetRequestInformation(request => request.Headers.Add("Prefer", MaxPageSize));

    protected override (IReadOnlyList<MailboxItem> Items, int Unreadable) Read(ContactsDeltaResponse response)
    {
        var items = new List<MailboxItem>();
        var unreadable = 0;
        foreach (var contact in response.Value ?? [])
        {
            if (contact.Id is not { } id) unreadable++;
            else if (IsRemoved(contact)) items.Add(new RemovedItem(id));
            else items.Add(new ContactItem(new ContactCard(
                id,
                contact.GivenName,
                contact.Surname,
                contact.DisplayName,
                [.. (contact.EmailAddresses ?? []).Select(email => email.Address).OfType<string>()],
                contact.Birthday,
                contact.JobTitle,
                contact.CompanyName,
                contact.PersonalNotes is { Length: > 2000 } notes ? notes[..2000] : contact.PersonalNotes,
                contact.SpouseName)));
        }
        return (items, unreadable);
    }
}
