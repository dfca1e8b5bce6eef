using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>/me/contacts: the list, one contact, and the delta stream.</summary>
public static class ContactsHandler
{
    private static readonly DeltaStream Stream = new("me/contacts", "contact", ItemKinds.Contact);

    public static GraphResponse List(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Contacts.Read")) return GraphErrors.AccessDenied("Contacts.Read");
        var (options, error) = QueryOptions.Parse(request, ContactJson.Shape, 10, "$select", "$top", "$skip");
        if (error is not null) return error;
        var at = request.Mailbox.CurrentWatermark();
        var all = request.Mailbox.Contacts(at);
        var page = all.Skip(options!.Skip).Take(options.PageSize).ToList();
        var nextLink = options.Skip + page.Count < all.Count ? CollectionPage.SkipLink(request, "me/contacts", options.Skip + page.Count) : null;
        return CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#users('{request.Mailbox.Key}')/contacts",
            writer => page.ForEach(contact => ContactJson.Write(writer, request.Mailbox, contact, at.Time, options.Select, false)),
            nextLink,
            null,
            options.PreferenceApplied());
    }

    public static GraphResponse Get(GraphRequest request, string id)
    {
        if (!request.Grant.Scopes.Contains("Contacts.Read")) return GraphErrors.AccessDenied("Contacts.Read");
        var (options, error) = QueryOptions.Parse(request, ContactJson.Shape, 10, "$select");
        if (error is not null) return error;
        var at = request.Mailbox.CurrentWatermark();
        if (!request.Mailbox.TryParseId(id, ItemKinds.Contact, out var number) || request.Mailbox.FindContact(number, at) is not { } contact)
        {
            return GraphErrors.NotFound("The specified object was not found in the store.");
        }
        return SingleEntity.Write(writer => ContactJson.Write(writer, request.Mailbox, contact, at.Time, options!.Select, false));
    }

    public static GraphResponse Delta(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Contacts.Read")) return GraphErrors.AccessDenied("Contacts.Read");
        var (options, error) = QueryOptions.Parse(request, ContactJson.Shape, 10, "$select", "$top");
        if (error is not null) return error;
        var (token, tokenError) = DeltaRounds.Resume(request);
        if (tokenError is not null) return tokenError;

        var select = DeltaStream.SelectOf(token, options!);
        token ??= new DeltaToken(request.Mailbox.DeltaEpoch, null, null, 0, null, null, null, null, select is null ? null : string.Join(',', select));
        if (token.Since is not null)
        {
            return DeltaRounds.ChangesPage(request, token, request.Mailbox.ContactChanges, options!, Stream,
                (writer, contact, at) => ContactJson.Write(writer, request.Mailbox, contact, at.Time, select, true));
        }

        var snapshot = token.At ?? request.Mailbox.CurrentWatermark();
        var all = request.Mailbox.Contacts(snapshot);
        var page = all.Skip((int)token.Offset).Take(options!.ServedPageSize(Stream.Kind, token.Offset)).ToList();
        var more = token.Offset + page.Count < all.Count;
        var next = more ? token with { At = snapshot, Offset = token.Offset + page.Count } : token with { Since = snapshot, At = null, Offset = 0 };
        return Stream.Page(request, writer => page.ForEach(contact => ContactJson.Write(writer, request.Mailbox, contact, snapshot.Time, select, true)), next, more, options);
    }
}
