using NudgeService.Domain.Planning;

namespace NudgeService.Domain.Tests.Planning;

public sealed class DigestWeekTests
{
    [Fact]
    public void The_days_around_new_year_belong_to_the_iso_week_of_their_thursday()
    {
        Assert.Equal(new DigestWeek(2026, 53), DigestWeek.Of(new DateOnly(2027, 1, 3)));
        Assert.Equal(new DigestWeek(2027, 1), DigestWeek.Of(new DateOnly(2027, 1, 4)));
        Assert.Equal(new DigestWeek(2026, 1), DigestWeek.Of(new DateOnly(2025, 12, 29)));
    }

    [Fact]
    public void The_week_is_the_users_not_utcs()
    {
        var sundayEveningInParisIsMondayInAuckland = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-W48", DigestWeek.Of(sundayEveningInParisIsMondayInAuckland, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString());
        Assert.Equal("2026-W49", DigestWeek.Of(sundayEveningInParisIsMondayInAuckland, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).ToString());
    }

    [Theory]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-w48", false)]
    [InlineData("2026W48", false)]
    [InlineData("1999-W10", false)]
    [InlineData("", false)]
    public void Only_weeks_that_exist_parse(string text, bool parses) =>
        Assert.Equal(parses, DigestWeek.TryParse(text, out _));

    [Fact]
    public void A_week_a_year_does_not_have_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestWeek(2025, 53));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestWeek(2026, 0));
    }

    [Fact]
    public void The_previous_week_crosses_the_year()
    {
        Assert.Equal(new DigestWeek(2026, 53), new DigestWeek(2027, 1).Previous);
        Assert.True(new DigestWeek(2026, 53) < new DigestWeek(2027, 1));
    }
}
