using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>Plays a mailbox forward: new mail, meetings and contact edits, as if the world had moved on.</summary>
internal static class ContentAdminEndpoints
{
    /// <summary>A folder named by its well-known name or its id, if the mailbox has it now.</summary>
    private static MailFolder? FolderOf(Mailbox mailbox, string text)
    {
        if (MailFolders.TryParseWellKnownName(text, out var known)) return known;
        return mailbox.TryParseId(text, ItemKinds.Folder, out var number) && mailbox.FindFolder((MailFolder)number, mailbox.CurrentWatermark()) is not null ? (MailFolder)number : null;
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var mailboxes = endpoints.MapGroup("/sandbox/mailboxes/{key}").DisableAntiforgery();
        mailboxes.MapPost("/messages", (string key, AppendMessageRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (FolderOf(mailbox, request.Folder) is not { } folder || folder is MailFolder.Drafts or MailFolder.Outbox) return Admin.BadRequest("folder must be a folder of the mailbox other than drafts and outbox.");
            var now = mailbox.Clock.Now;
            var at = request.ReceivedDateTime ?? now;
            if (at > now) return Admin.BadRequest("receivedDateTime may not be later than the mailbox clock; move the clock instead.");
            var from = request.From?.ToPerson() ?? (folder == MailFolder.SentItems ? mailbox.Owner.AsPerson : null);
            if (from is null) return Admin.BadRequest("from is required for received mail.");
            var to = request.To?.Select(person => person.ToPerson()).ToList() ?? [];
            if (to.Count == 0 && folder == MailFolder.Inbox) to.Add(mailbox.Owner.AsPerson);
            if (to.Count == 0) return Admin.BadRequest("to needs at least one recipient.");
            var message = mailbox.AddMessage(number => new MailMessage
            {
                Number = number,
                Folder = folder,
                ReceivedAt = at,
                SentAt = at.AddSeconds(-2),
                From = from,
                Sender = request.Sender?.ToPerson() ?? from,
                To = to,
                Cc = request.Cc?.Select(person => person.ToPerson()).ToList() ?? [],
                Subject = request.Subject ?? "",
                ConversationNumber = 2_000_000_000 + number,
                InferenceClassification = request.InferenceClassification ?? "focused",
                Headers = request.Headers?.ToList() ?? [],
            });
            return Results.Created($"/sandbox/mailboxes/{key}/messages/{message.Number}", new { id = mailbox.FormatId(ItemKinds.Message, message.Number) });
        }));
        mailboxes.MapPost("/messages/{id}/move", (string key, string id, MoveMessageRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (FolderOf(mailbox, request.Folder) is not { } folder) return Admin.BadRequest($"No folder '{request.Folder}'.");
            if (!mailbox.TryParseId(id, ItemKinds.Message, out var number) || mailbox.MoveMessage(number, folder) is not { } moved) return Admin.NotFound($"No message '{id}'.");
            return Results.Ok(new { id = mailbox.FormatId(ItemKinds.Message, moved.Number), immutableId = mailbox.FormatId(ItemKinds.Message, moved.ImmutableNumber) });
        }));
        mailboxes.MapPost("/folders", (string key, FolderRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (string.IsNullOrWhiteSpace(request.DisplayName)) return Admin.BadRequest("displayName is required.");
            MailFolder? parent = null;
            if (request.Parent is { } parentText)
            {
                if (FolderOf(mailbox, parentText) is not { } found) return Admin.BadRequest($"No folder '{parentText}'.");
                parent = found;
            }
            var node = mailbox.AddFolder(request.DisplayName, parent);
            return Results.Created($"/sandbox/mailboxes/{key}/folders/{(long)node.Folder}", new { id = mailbox.FormatId(ItemKinds.Folder, (long)node.Folder) });
        }));
        mailboxes.MapPatch("/folders/{id}", (string key, string id, FolderRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (FolderOf(mailbox, id) is not { } folder) return Admin.NotFound($"No folder '{id}'.");
            MailFolder? parent = null;
            if (request.Parent is { } parentText)
            {
                if (FolderOf(mailbox, parentText) is not { } found) return Admin.BadRequest($"No folder '{parentText}'.");
                parent = found;
            }
            return mailbox.UpdateFolder(folder, request.DisplayName, parent, request.ToRoot ?? false) is null
                ? Admin.BadRequest("Well-known folders cannot change, and a folder cannot move under itself.")
                : Results.NoContent();
        }));
        mailboxes.MapDelete("/folders/{id}", (string key, string id, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            FolderOf(mailbox, id) is { } folder && mailbox.DeleteFolder(folder) ? Results.NoContent() : Admin.NotFound($"No folder '{id}' the owner created.")));
        mailboxes.MapDelete("/messages/{id}", (string key, string id, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            mailbox.TryParseId(id, ItemKinds.Message, out var number) && mailbox.DeleteMessage(number) ? Results.NoContent() : Admin.NotFound($"No message '{id}'.")));

        mailboxes.MapPost("/events", (string key, AppendEventRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (request.End <= request.Start) return Admin.BadRequest("end must be after start.");
            var created = mailbox.AddEvent(number => new CalendarEvent
            {
                Number = number,
                Subject = request.Subject,
                Start = request.Start.ToUniversalTime(),
                End = request.End.ToUniversalTime(),
                TimeZone = request.TimeZone ?? mailbox.Owner.TimeZone,
                Organizer = request.Organizer?.ToPerson() ?? mailbox.Owner.AsPerson,
                Attendees = request.Attendees?.Select(person => new EventAttendee(person.ToPerson())).ToList() ?? [],
                IsCancelled = request.IsCancelled ?? false,
                OwnerResponse = request.OwnerResponse ?? "accepted",
            });
            return Results.Created($"/sandbox/mailboxes/{key}/events/{created.Number}", new { id = mailbox.FormatId(ItemKinds.Event, created.Number) });
        }));
        mailboxes.MapPatch("/events/{id}", (string key, string id, UpdateEventRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (!mailbox.TryParseId(id, ItemKinds.Event, out var number)) return Admin.NotFound($"No event '{id}'.");
            var updated = mailbox.UpdateEvent(number, item => item with
            {
                IsCancelled = request.IsCancelled ?? item.IsCancelled,
                OwnerResponse = request.OwnerResponse ?? item.OwnerResponse,
                Subject = request.Subject ?? item.Subject,
            });
            return updated is null ? Admin.NotFound($"No event '{id}'.") : Results.NoContent();
        }));
        mailboxes.MapDelete("/events/{id}", (string key, string id, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            mailbox.TryParseId(id, ItemKinds.Event, out var number) && mailbox.DeleteEvent(number) ? Results.NoContent() : Admin.NotFound($"No event '{id}'.")));

        mailboxes.MapPost("/contacts", (string key, ContactRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (string.IsNullOrWhiteSpace(request.GivenName)) return Admin.BadRequest("givenName is required.");
            var contact = mailbox.AddContact(new ContactCard(request.GivenName, request.Surname ?? "",
                request.EmailAddresses?.Select(person => person.ToPerson()).ToList() ?? [], request.Birthday, request.JobTitle, request.CompanyName));
            return Results.Created($"/sandbox/mailboxes/{key}/contacts/{contact.Number}", new { id = mailbox.FormatId(ItemKinds.Contact, contact.Number) });
        }));
        mailboxes.MapPatch("/contacts/{id}", (string key, string id, ContactRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            if (!mailbox.TryParseId(id, ItemKinds.Contact, out var number)) return Admin.NotFound($"No contact '{id}'.");
            var updated = mailbox.UpdateContact(number, card => card with
            {
                GivenName = request.GivenName ?? card.GivenName,
                Surname = request.Surname ?? card.Surname,
                EmailAddresses = request.EmailAddresses?.Select(person => person.ToPerson()).ToList() ?? card.EmailAddresses,
                Birthday = request.Birthday ?? card.Birthday,
                JobTitle = request.JobTitle ?? card.JobTitle,
                CompanyName = request.ClearCompany == true ? null : request.CompanyName ?? card.CompanyName,
            });
            return updated is null ? Admin.NotFound($"No contact '{id}'.") : Results.NoContent();
        }));
        mailboxes.MapDelete("/contacts/{id}", (string key, string id, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            mailbox.TryParseId(id, ItemKinds.Contact, out var number) && mailbox.DeleteContact(number) ? Results.NoContent() : Admin.NotFound($"No contact '{id}'.")));
    }
}
