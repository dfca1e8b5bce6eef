using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;

namespace NudgeService.Domain.Tests.LifeEvents;

public sealed class BirthdayTests
{
    private static LifeEvent? BirthdayOf(DateTimeOffset stored, string zone, DateTimeOffset now)
    {
        var card = new ContactCard("c1", "Léa", "Martin", "Léa Martin", ["lea@x.example"], stored, null, null, null, null);
        var person = new Correspondent("lea@x.example", "Léa Martin", [], []) { Contact = card };
        return Birthdays.Find(person, new LifeEventWindow(now, TimeZoneInfo.FindSystemTimeZoneById(zone), now.AddDays(-7)));
    }

    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_birthday_stored_at_midnight_utc_keeps_its_day_in_new_york()
    {
        var birthday = BirthdayOf(new DateTimeOffset(1980, 3, 4, 0, 0, 0, TimeSpan.Zero), "America/New_York", MondayMorning);
        Assert.Equal(new DateOnly(2026, 3, 4), birthday?.Date);
        Assert.Equal(46, birthday?.Facts.Age);
    }

    [Theory]
    [InlineData(1604)]
    [InlineData(1)]
    public void A_placeholder_year_means_the_age_is_unknown(int year)
    {
        var birthday = BirthdayOf(new DateTimeOffset(year, 3, 5, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", MondayMorning);
        Assert.Equal(new DateOnly(2026, 3, 5), birthday?.Date);
        Assert.Null(birthday?.Facts.Age);
    }

    [Fact]
    public void The_29th_of_february_is_celebrated_on_the_28th_outside_leap_years()
    {
        var birthday = BirthdayOf(new DateTimeOffset(1604, 2, 29, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", new DateTimeOffset(2026, 2, 25, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 2, 28), birthday?.Date);
    }

    [Fact]
    public void The_29th_of_february_is_kept_in_a_leap_year()
    {
        var birthday = BirthdayOf(new DateTimeOffset(1988, 2, 29, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", new DateTimeOffset(2028, 2, 25, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2028, 2, 29), birthday?.Date);
        Assert.Equal(40, birthday?.Facts.Age);
    }

    [Theory]
    [InlineData("Europe/Paris", 1990, 3, 5, 23, 0)]
    [InlineData("Asia/Kolkata", 1990, 3, 5, 18, 30)]
    [InlineData("Pacific/Auckland", 1990, 3, 5, 11, 0)]
    public void Midnight_of_the_users_zone_stored_in_utc_is_that_zones_day(string zone, int year, int month, int previousDay, int hour, int minute)
    {
        var birthday = BirthdayOf(new DateTimeOffset(year, month, previousDay - 1, hour, minute, 0, TimeSpan.Zero), zone, MondayMorning);
        Assert.Equal(new DateOnly(2026, 3, previousDay), birthday?.Date);
    }

    [Fact]
    public void Midnight_in_paris_read_from_new_york_is_the_paris_day()
    {
        var birthday = BirthdayOf(new DateTimeOffset(1975, 3, 3, 23, 0, 0, TimeSpan.Zero), "America/New_York", MondayMorning);
        Assert.Equal(new DateOnly(2026, 3, 4), birthday?.Date);
    }

    [Fact]
    public void The_week_runs_from_today_in_the_users_zone_for_seven_days()
    {
        var late = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);
        Assert.NotNull(BirthdayOf(new DateTimeOffset(1604, 3, 2, 0, 0, 0, TimeSpan.Zero), "Pacific/Auckland", late.AddDays(-6)));
        Assert.Null(BirthdayOf(new DateTimeOffset(1604, 3, 9, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", MondayMorning));
        Assert.NotNull(BirthdayOf(new DateTimeOffset(1604, 3, 8, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", MondayMorning));
        Assert.Null(BirthdayOf(new DateTimeOffset(1604, 3, 1, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", MondayMorning));
    }

    [Fact]
    public void A_birthday_early_in_january_is_found_from_late_december()
    {
        var birthday = BirthdayOf(new DateTimeOffset(1970, 1, 2, 0, 0, 0, TimeSpan.Zero), "Europe/Paris", new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 2), birthday?.Date);
        Assert.Equal(57, birthday?.Facts.Age);
    }
}
