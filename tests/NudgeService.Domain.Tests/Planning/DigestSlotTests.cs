using NudgeService.Domain.Planning;

namespace NudgeService.Domain.Tests.Planning;

public sealed class DigestSlotTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Fact]
    public void The_next_slot_is_the_users_wall_clock_hour_on_their_day()
    {
        var slot = new DigestSlot(DayOfWeek.Monday, 8).Next(Auckland, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(13)), slot);
    }

    [Fact]
    public void A_slot_that_is_now_is_already_past()
    {
        var monday = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(monday.AddDays(7), new DigestSlot(DayOfWeek.Monday, 8).Next(Paris, monday));
    }

    [Fact]
    public void An_hour_a_daylight_saving_jump_skips_happens_at_the_first_valid_minute_after_it()
    {
        var slot = new DigestSlot(DayOfWeek.Sunday, 2).Next(Paris, new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)), slot);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void An_hour_outside_the_day_is_refused(int hour) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestSlot(DayOfWeek.Monday, hour));

    [Fact]
    public void A_day_that_is_not_one_of_the_week_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestSlot((DayOfWeek)7, 8));
}
