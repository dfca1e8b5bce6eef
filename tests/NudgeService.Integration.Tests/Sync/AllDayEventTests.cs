using NudgeService.Application.Ledger;
using NudgeService.Domain.Ledger;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Sync;

/// <summary>Graph gives an all-day event's start as midnight of its date, unconverted, labelled UTC: the day must stay that date for the user.</summary>
[Collection(SyncEnvironment.Name)]
public sealed class AllDayEventTests(ServiceEnvironment environment)
{
    [Theory]
    [InlineData("Pacific Standard Time")] // UTC−8 in February
    [InlineData("Tonga Standard Time")] // UTC+13
    public async Task An_all_day_event_counts_on_its_own_date_in_the_users_zone(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var seed = TestMailboxes.Create("AllDay" + Guid.NewGuid().ToString("N")[..6], eventCount: 0);
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed with { Owner = seed.Owner with { TimeZone = zoneId } });
        var guest = new MailPerson("Ines Garnier", "ines.garnier@fabrikam.example");
        var day = new DateOnly(2026, 2, 20);
        var offsite = synced.Mailbox.AddEvent(number => new CalendarEvent
        {
            Number = number, Subject = "Offsite", IsAllDay = true, TimeZone = zoneId,
            Start = LocalDay.Start(day, zone), End = LocalDay.Start(day.AddDays(1), zone),
            Organizer = synced.Mailbox.Owner.AsPerson, Attendees = [new EventAttendee(guest)],
        });

        await synced.SyncAsync();

        var row = (await synced.LedgerAsync()).Find(guest.Address)!;
        Assert.Equal(day, row.Entries[ItemHash.Of(synced.Mailbox.FormatId(ItemKinds.Event, offsite.Number))].Day);
        Assert.Equal(day, LocalDay.Of(row.LastMeeting!.Start, zone));
    }
}
