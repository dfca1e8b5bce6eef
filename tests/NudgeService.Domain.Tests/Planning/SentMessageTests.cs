using NudgeService.Domain.Planning;

namespace NudgeService.Domain.Tests.Planning;

public sealed class SentMessageTests
{
    private static readonly DateTimeOffset Requested = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_202_makes_a_requested_message_accepted_and_says_nothing_of_Sent_Items()
    {
        var accepted = SentMessage.Requested(Requested).Accepted(Requested.AddSeconds(1));

        Assert.Equal(SentMessageState.AcceptedByOutlook, accepted.State);
        Assert.Equal(Requested.AddSeconds(1), accepted.AcceptedAt);
        Assert.Null(accepted.SettledAt);
        Assert.Throws<InvalidOperationException>(() => accepted.Accepted(Requested.AddSeconds(2)));
    }

    [Fact]
    public void A_sync_that_reads_a_message_to_the_recipient_sent_after_the_request_confirms_it_even_a_few_minutes_early_by_the_mailbox_clock()
    {
        var accepted = SentMessage.Requested(Requested).Accepted(Requested.AddSeconds(1));
        var syncedAt = Requested.AddDays(6);

        var confirmed = accepted.AfterSync(syncedAt, [Requested.AddMinutes(-3)]);

        Assert.Equal(SentMessageState.InSentItems, confirmed.State);
        Assert.Equal(syncedAt, confirmed.SettledAt);
        Assert.Equal(confirmed, confirmed.AfterSync(syncedAt.AddDays(7), []));
    }

    [Fact]
    public void Mail_to_the_recipient_from_before_the_request_confirms_nothing()
    {
        var accepted = SentMessage.Requested(Requested).Accepted(Requested.AddSeconds(1));

        Assert.Equal(accepted, accepted.AfterSync(Requested.AddDays(2), [Requested.AddDays(-20), Requested - SentMessage.ClockSkew - TimeSpan.FromSeconds(1)]));
    }

    [Fact]
    public void Only_a_sync_a_full_week_after_the_request_gives_up_and_a_later_sighting_still_confirms()
    {
        var accepted = SentMessage.Requested(Requested).Accepted(Requested.AddSeconds(1));

        var sixDaysOn = accepted.AfterSync(Requested.AddDays(6.9), []);
        var aWeekOn = sixDaysOn.AfterSync(Requested.AddDays(7), []);
        var later = aWeekOn.AfterSync(Requested.AddDays(14), []);
        var found = later.AfterSync(Requested.AddDays(21), [Requested.AddDays(9)]);

        Assert.Equal(SentMessageState.AcceptedByOutlook, sixDaysOn.State);
        Assert.Equal(SentMessageState.NotFoundInSentItems, aWeekOn.State);
        Assert.Equal(Requested.AddDays(7), aWeekOn.SettledAt);
        Assert.Equal(aWeekOn, later);
        Assert.Equal(SentMessageState.InSentItems, found.State);
    }

    [Fact]
    public void A_request_Outlook_never_answered_is_confirmed_or_given_up_on_by_syncs_alike()
    {
        var unanswered = SentMessage.Requested(Requested);

        Assert.Equal(SentMessageState.InSentItems, unanswered.AfterSync(Requested.AddDays(1), [Requested.AddMinutes(2)]).State);
        Assert.Equal(SentMessageState.NotFoundInSentItems, unanswered.AfterSync(Requested.AddDays(8), []).State);
        Assert.Null(unanswered.AfterSync(Requested.AddDays(8), []).AcceptedAt);
    }
}
