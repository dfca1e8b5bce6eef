using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>microsoft.graph.contact as it stands at a given instant of the mailbox clock.</summary>
public static class ContactJson
{
    public static readonly EntityShape Shape = EntityShape.Of("contact",
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "parentFolderId", "birthday", "fileAs",
        "displayName", "givenName", "initials", "middleName", "nickName", "surname", "title", "generation", "imAddresses",
        "jobTitle", "companyName", "department", "officeLocation", "profession", "businessHomePage", "assistantName", "manager",
        "homePhones", "mobilePhone", "businessPhones", "spouseName", "personalNotes", "children", "emailAddresses");

    public static void Write(Utf8JsonWriter writer, Mailbox mailbox, Contact contact, DateTimeOffset at, IReadOnlySet<string>? select, bool inDelta)
    {
        var json = new EntityJson(writer, select);
        var card = contact.CardAt(at);
        var modified = contact.LastModifiedAt(at);
        var id = mailbox.FormatId(ItemKinds.Contact, contact.Number);
        var changeKey = EntityJson.ChangeKey(id + modified.UtcTicks);
        writer.WriteStartObject();
        json.Annotations("contact", changeKey, inDelta);
        json.Instant("createdDateTime", contact.CreatedAt);
        json.Instant("lastModifiedDateTime", modified);
        json.String("changeKey", changeKey);
        json.Strings("categories", []);
        json.String("parentFolderId", mailbox.FormatId(ItemKinds.Folder, 100));
        json.Instant("birthday", card.Birthday);
        json.String("fileAs", string.IsNullOrEmpty(card.Surname) ? card.GivenName : $"{card.Surname}, {card.GivenName}");
        json.String("displayName", card.DisplayName);
        json.String("givenName", card.GivenName);
        json.String("initials", null);
        json.String("middleName", null);
        json.String("nickName", null);
        json.String("surname", card.Surname);
        json.String("title", null);
        json.String("generation", null);
        json.Strings("imAddresses", []);
        json.String("jobTitle", card.JobTitle);
        json.String("companyName", card.CompanyName);
        json.String("department", null);
        json.String("officeLocation", null);
        json.String("profession", null);
        json.String("businessHomePage", null);
        json.String("assistantName", null);
        json.String("manager", null);
        json.Strings("homePhones", []);
        json.String("mobilePhone", card.MobilePhone);
        json.Strings("businessPhones", []);
        json.String("spouseName", card.SpouseName);
        json.String("personalNotes", card.PersonalNotes ?? "");
        json.Strings("children", []);
        if (json.Wants("emailAddresses"))
        {
            writer.WriteStartArray("emailAddresses");
            foreach (var address in card.EmailAddresses)
            {
                writer.WriteStartObject();
                writer.WriteString("name", address.Name);
                writer.WriteString("address", address.Address);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }
}
