using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Tests.Ledger;

public sealed class LedgerUpdaterTests
{
    private const string Owner = "marie.dupont@hexanor.fr";
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_page_applied_twice_counts_each_mail_once()
    {
        var ledger = new RelationshipLedger([]);
        var page = new MailboxItem[] { Received("m1", "paul@contoso.example", "Paul Girard", Now.AddDays(-3)), Received("m2", "paul@contoso.example", "Paul Girard", Now.AddDays(-2)) };

        var updater = Updater(ledger);
        updater.ApplyReceivedMail(page);
        updater.ApplyReceivedMail(page);
        updater.Complete();

        Assert.Equal(2, Touches(ledger, "paul@contoso.example").Count);
    }

    [Fact]
    public void A_sync_read_again_leaves_the_ledger_as_it_was()
    {
        var ledger = new RelationshipLedger([]);
        MailboxItem[] inbox = [Received("m1", "paul@contoso.example", "Paul Girard", Now.AddDays(-3))];
        MailboxItem[] sent = [Sent("s1", Owner, "Marie Dupont", Now.AddDays(-1), "paul@contoso.example")];
        var first = Updater(ledger);
        first.ApplyReceivedMail(inbox);
        first.ApplySentMail(sent);
        first.Complete();
        var before = Touches(ledger, "paul@contoso.example");

        var again = Updater(ledger);
        again.ApplyReceivedMail(inbox);
        again.ApplySentMail(sent);
        again.Complete();

        Assert.Equal(before, Touches(ledger, "paul@contoso.example"));
        Assert.Equal([TouchKind.MailToUser, TouchKind.MailFromUser], before.Select(touch => touch.Kind));
    }

    [Fact]
    public void Sent_items_mail_from_an_address_bearing_the_users_name_is_the_user_writing_and_the_alias_is_learned()
    {
        var ledger = new RelationshipLedger([]);
        var own = new OwnAddresses([Owner]);
        var updater = new LedgerUpdater(ledger, own, "Marie Dupont", Paris, Now);

        updater.ApplySentMail([Sent("s1", "marie@maison-dupont.fr", "Marie Dupont", Now.AddDays(-4), "luc@fabrikam.example")]);
        updater.Complete();

        Assert.Contains("marie@maison-dupont.fr", own.All);
        Assert.Equal([TouchKind.MailFromUser], Touches(ledger, "luc@fabrikam.example").Select(touch => touch.Kind));
    }

    [Fact]
    public void Sent_items_mail_from_a_delegate_says_nothing_of_the_users_own_ties()
    {
        var ledger = new RelationshipLedger([]);
        var own = new OwnAddresses([Owner]);
        var updater = new LedgerUpdater(ledger, own, "Marie Dupont", Paris, Now);

        updater.ApplySentMail([Sent("s1", "assistant@hexanor.fr", "Julie Caron", Now.AddDays(-4), "luc@fabrikam.example")]);
        updater.Complete();

        Assert.DoesNotContain("assistant@hexanor.fr", own.All);
        Assert.Empty(Touches(ledger, "luc@fabrikam.example"));
        Assert.Contains(ledger.Find("luc@fabrikam.example")!.Entries.Values, entry => entry.Kind == EntryKind.SentByDelegate);
    }

    [Fact]
    public void Inbox_mail_counts_its_audience_without_the_aliases_learned_in_the_same_round()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);

        updater.ApplyReceivedMail([Received("m1", "paul@contoso.example", "Paul Girard", Now.AddDays(-2), "marie@maison-dupont.fr")]);
        updater.ApplySentMail([Sent("s1", "marie@maison-dupont.fr", "Marie Dupont", Now.AddDays(-4), "luc@fabrikam.example")]);
        updater.Complete();

        Assert.Equal(1, Touches(ledger, "paul@contoso.example").Single().Audience);
    }

    [Fact]
    public void A_carded_person_who_writes_under_the_same_name_from_another_domain_after_falling_silent_has_moved()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);
        updater.ApplyContacts([Card("c1", "Rahul Mehta", "rahul@old-employer.example")]);
        updater.ApplyReceivedMail([
            Received("m1", "rahul@old-employer.example", "Rahul Mehta", Now.AddDays(-200)),
            Received("m2", "rahul.mehta@new-employer.example", "Rahul Mehta", Now.AddDays(-1))]);
        updater.Complete();

        var row = Assert.Single(ledger.Rows);
        Assert.Equal(["rahul.mehta@new-employer.example", "rahul@old-employer.example"], row.Addresses.Keys);
        Assert.Equal(2, Touches(ledger, "rahul@old-employer.example").Count);
    }

    [Fact]
    public void A_namesake_writing_while_the_carded_person_still_does_stays_someone_else()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);
        updater.ApplyContacts([Card("c1", "Rahul Mehta", "rahul@old-employer.example")]);
        updater.ApplyReceivedMail([
            Received("m1", "rahul@old-employer.example", "Rahul Mehta", Now.AddDays(-2)),
            Received("m2", "rahul.mehta@elsewhere.example", "Rahul Mehta", Now.AddDays(-30))]);
        updater.Complete();

        Assert.Equal(2, ledger.Rows.Count);
    }

    [Fact]
    public void A_contact_card_with_two_addresses_makes_them_one_person()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);
        updater.ApplyReceivedMail([
            Received("m1", "paul@contoso.example", "Paul Girard", Now.AddDays(-9)),
            Received("m2", "paul.girard@gmail.example", "Paul", Now.AddDays(-3))]);
        updater.ApplyContacts([Card("c1", "Paul Girard", "paul@contoso.example", "paul.girard@gmail.example")]);
        updater.Complete();

        var row = Assert.Single(ledger.Rows);
        Assert.Equal(2, row.Entries.Count);
        Assert.Equal("Paul Girard", row.DisplayName);
    }

    [Fact]
    public void A_changed_contact_card_is_remembered_with_what_it_was_before()
    {
        var ledger = new RelationshipLedger([]);
        var first = Updater(ledger);
        first.ApplyContacts([Card("c1", "Paul Girard", "paul@contoso.example")]);
        first.Complete();
        var later = new LedgerUpdater(ledger, new OwnAddresses([Owner]), "Marie Dupont", Paris, Now.AddDays(7));
        var promoted = new ContactItem(((ContactItem)Card("c1", "Paul Girard", "paul@contoso.example")).Card with { JobTitle = "Directeur financier", CompanyName = "Contoso" });

        later.ApplyContacts([promoted]);
        later.Complete();

        var change = ledger.Find("paul@contoso.example")!.LastContactChange;
        Assert.NotNull(change);
        Assert.Null(change.Before.JobTitle);
        Assert.Equal("Directeur financier", change.After.JobTitle);
        Assert.Equal(Now.AddDays(7), change.DetectedAt);
    }

    [Fact]
    public void A_meeting_cancelled_after_it_was_counted_is_taken_back()
    {
        var ledger = new RelationshipLedger([]);
        var held = Meeting("e1", Now.AddDays(-5), "paul@contoso.example");
        var first = Updater(ledger);
        first.ApplyCalendar([held]);
        first.Complete();
        Assert.Equal([TouchKind.Meeting], Touches(ledger, "paul@contoso.example").Select(touch => touch.Kind));

        var next = Updater(ledger);
        next.ApplyCalendar([held with { IsCancelled = true }]);
        next.Complete();

        Assert.Empty(Touches(ledger, "paul@contoso.example"));
    }

    [Fact]
    public void A_meeting_the_user_declined_is_not_an_interaction()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);

        updater.ApplyCalendar([Meeting("e1", Now.AddDays(-5), "paul@contoso.example") with { DeclinedByUser = true }]);
        updater.Complete();

        Assert.Empty(Touches(ledger, "paul@contoso.example"));
    }

    [Fact]
    public void A_scheduled_meeting_becomes_an_interaction_once_it_has_started()
    {
        var ledger = new RelationshipLedger([]);
        var first = Updater(ledger);
        first.ApplyCalendar([Meeting("e1", Now.AddDays(2), "paul@contoso.example")]);
        first.Complete();
        Assert.Empty(Touches(ledger, "paul@contoso.example"));
        Assert.Equal(Now.AddDays(2), ledger.Find("paul@contoso.example")!.ToCorrespondent(Now).NextMeeting!.Start);

        var week = new LedgerUpdater(ledger, new OwnAddresses([Owner]), "Marie Dupont", Paris, Now.AddDays(7));
        week.Complete();

        var paul = ledger.Find("paul@contoso.example")!.ToCorrespondent(Now.AddDays(7));
        Assert.Equal([TouchKind.Meeting], paul.Touches.Select(touch => touch.Kind));
        Assert.Equal(Now.AddDays(2), paul.LastMeeting!.Start);
        Assert.Null(paul.NextMeeting);
    }

    [Fact]
    public void An_all_day_event_falls_on_its_own_date_in_the_users_zone()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);

        updater.ApplyCalendar([Meeting("e1", new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), "paul@contoso.example") with { AllDay = new DateOnly(2026, 11, 20) }]);
        updater.Complete();

        Assert.Equal(new DateOnly(2026, 11, 20), Touches(ledger, "paul@contoso.example").Single().Day);
    }

    [Fact]
    public void Entries_older_than_two_years_survive_only_as_counts()
    {
        var ledger = new RelationshipLedger([]);
        var updater = Updater(ledger);

        updater.ApplyReceivedMail([
            Received("old", "paul@contoso.example", "Paul Girard", Now.AddDays(-LedgerRetention.HistoryDays - 10)),
            Received("recent", "paul@contoso.example", "Paul Girard", Now.AddDays(-10))]);
        updater.Complete();

        var row = ledger.Find("paul@contoso.example")!;
        Assert.Single(row.Entries);
        Assert.Equal(1, row.ArchivedTouches[(int)EntryKind.MailToUser]);
    }

    [Fact]
    public void A_round_is_completed_once_and_takes_nothing_after()
    {
        var updater = Updater(new RelationshipLedger([]));
        updater.Complete();

        Assert.Throws<InvalidOperationException>(updater.Complete);
        Assert.Throws<InvalidOperationException>(() => updater.ApplyReceivedMail([Received("m1", "paul@contoso.example", "Paul Girard", Now)]));
    }

    [Fact]
    public void An_item_from_the_wrong_stream_is_refused()
    {
        var updater = Updater(new RelationshipLedger([]));

        Assert.Throws<InvalidOperationException>(() => updater.ApplyContacts([Received("m1", "paul@contoso.example", "Paul Girard", Now)]));
    }

    private static LedgerUpdater Updater(RelationshipLedger ledger) => new(ledger, new OwnAddresses([Owner]), "Marie Dupont", Paris, Now);

    private static List<Touch> Touches(RelationshipLedger ledger, string address) => [.. ledger.Find(address)?.ToCorrespondent(Now).Touches ?? []];

    private static MailHeader Received(string id, string from, string name, DateTimeOffset at, params string[] alsoTo) =>
        new(id, new MailAddress(from, name), new MailAddress(from, name), [new MailAddress(Owner, "Marie Dupont"), .. alsoTo.Select(address => new MailAddress(address, null))], [], at, IsOther: false, HasBulkHeaders: false);

    private static MailHeader Sent(string id, string from, string name, DateTimeOffset at, params string[] to) =>
        new(id, new MailAddress(from, name), new MailAddress(from, name), [.. to.Select(address => new MailAddress(address, null))], [], at, IsOther: false, HasBulkHeaders: false);

    private static MailboxItem Card(string id, string name, params string[] addresses)
    {
        var words = name.Split(' ');
        return new ContactItem(new ContactCard(id, words[0], words[^1], name, addresses, null, null, null, null, null));
    }

    private static CalendarItem Meeting(string id, DateTimeOffset start, params string[] attendees) =>
        new(id, "Point projet", start, new MailAddress(Owner, "Marie Dupont"), [.. attendees.Select(address => new MailAddress(address, null))], IsCancelled: false, DeclinedByUser: false);
}
