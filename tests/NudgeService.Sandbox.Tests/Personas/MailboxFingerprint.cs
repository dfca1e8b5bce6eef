using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Tests.Personas;

/// <summary>SHA-256 of a canonical text form of everything a mailbox seed holds.</summary>
internal static class MailboxFingerprint
{
    public static string Of(MailboxSeed seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(params object?[] parts) => hash.AppendData(Encoding.UTF8.GetBytes(string.Join('|', parts.Select(Format)) + "\n"));

        var owner = seed.Owner;
        Line(seed.Name, seed.Now, owner.ObjectId, owner.TenantId, owner.DisplayName, owner.GivenName, owner.Surname, owner.Address,
            string.Join(',', owner.Aliases), owner.TimeZone, owner.Locale, owner.JobTitle, owner.CompanyName);
        foreach (var message in seed.Messages)
        {
            Line(message.Number, message.Folder, message.ReceivedAt, message.SentAt, Person(message.From), Person(message.Sender),
                People(message.To), People(message.Cc), message.Subject, message.ConversationNumber, message.InferenceClassification,
                string.Join(',', message.Headers.Select(header => $"{header.Key}={header.Value}")), message.IsDraft);
        }
        foreach (var contact in seed.Contacts)
        {
            Line(contact.Number, contact.CreatedAt, contact.DeletedAt);
            foreach (var revision in contact.Revisions)
            {
                var card = revision.Card;
                Line(revision.EffectiveAt, card.GivenName, card.Surname, People(card.EmailAddresses), card.Birthday, card.JobTitle,
                    card.CompanyName, card.PersonalNotes, card.SpouseName, card.MobilePhone);
            }
        }
        foreach (var meeting in seed.Events)
        {
            Line(meeting.Number, meeting.Subject, meeting.Start, meeting.End, meeting.TimeZone, Person(meeting.Organizer),
                string.Join(',', meeting.Attendees.Select(attendee => $"{Person(attendee.Person)}/{attendee.Type}/{attendee.Response}")),
                meeting.IsCancelled, meeting.IsAllDay, meeting.IsOnlineMeeting, meeting.Location, meeting.OwnerResponse, meeting.SeriesMasterNumber);
        }
        Line(JsonSerializer.Serialize(seed.GroundTruth));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Person(MailPerson person) => $"{person.Name}<{person.Address}>";

    private static string People(IEnumerable<MailPerson> people) => string.Join(',', people.Select(Person));

    private static string Format(object? value) => value switch
    {
        null => "∅",
        DateTimeOffset instant => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
