using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Email;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

public enum ReviewRunOutcome
{
    Sent,

    /// <summary>The quarter's review was already sent, or another delivery is sending it.</summary>
    AlreadyDone,

    /// <summary>The account is paused, unsubscribed or needs a reconnect.</summary>
    Skipped,
}

/// <summary>
/// Sends a user's network review for the quarter they are in, once: the quarter's record is created
/// before the email goes (a second delivery or request finds it and stops), carries the counts the
/// next quarter compares with, and is removed again if SendGrid refuses the email.
/// </summary>
public sealed class QuarterlyReview(
    ReviewDrawing drawing,
    IReviewStore reviews,
    IReviewRenderer renderer,
    IEmailSender email,
    ActionLinks links,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<QuarterlyReview> logger)
{
    public const string PictureFile = "network.png";
    private const string PictureContentId = "network-review";

    /// <summary>Whether the week's digest slot is the first of January, April, July or October in the user's zone.</summary>
    public static bool OpensQuarter(UserAccount account, DigestWeek week)
    {
        var slot = week.Monday.AddDays(((int)account.Slot.Day - (int)DayOfWeek.Monday + 7) % 7);
        return slot.Month % 3 == 1 && slot.Day <= 7;
    }

    public async Task<ReviewRunOutcome> SendAsync(UserAccount account, CancellationToken cancellationToken)
    {
        if (account.Status != AccountStatus.Active) return ReviewRunOutcome.Skipped;
        var now = time.GetUtcNow();
        var today = LocalDay.Of(now, TimeZones.Of(account.TimeZone));
        if (await reviews.FindAsync(account.UserId, ReviewQuarter.Of(today), cancellationToken) is { } existing)
        {
            await SettleAsync(existing, now, cancellationToken);
            return ReviewRunOutcome.AlreadyDone;
        }

        var drawn = await drawing.DrawAsync(account, cancellationToken);
        var record = new ReviewRecord(account.UserId, drawn.Review.Quarter, ReviewState.Sending, drawn.Review.Today, drawn.Review.Snapshot, now);
        if (await reviews.TryCreateAsync(record, cancellationToken) is not { } sending) return ReviewRunOutcome.AlreadyDone;

        var week = DigestWeek.Of(drawn.Review.Today);
        var reviewLinks = new ReviewLinks(links.Review(account.UserId, week, sending.Id), links.Unsubscribe(account.UserId, week));
        var rendered = renderer.Render(ReviewComposer.View(drawn.Review, drawn.People, account.Language, account.FirstName, reviewLinks), "cid:" + PictureContentId);
        string? messageId;
        try
        {
            messageId = await email.SendAsync(Email(account, sending.Quarter, rendered, reviewLinks.Unsubscribe), cancellationToken);
        }
        catch (Exception refused) when (refused is EmailNotSentException or HttpRequestException)
        {
            // Nothing went out: the quarter is free again for the next delivery or request.
            await reviews.TryDeleteAsync(sending, CancellationToken.None);
            throw;
        }
        await reviews.TryUpdateAsync(sending with { State = ReviewState.Sent, MessageId = messageId, SentAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow() }, cancellationToken);
        logger.LogInformation("Network review {Quarter} of {UserId} sent", sending.Quarter, account.UserId);
        return ReviewRunOutcome.Sent;
    }

    /// <summary>
    /// A record left sending by a run that stopped before recording SendGrid's answer: once that run
    /// can no longer be going, it counts as sent, since two reviews would be worse than one unconfirmed.
    /// </summary>
    private async Task SettleAsync(ReviewRecord existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (existing.State == ReviewState.Sending && existing.UpdatedAt + WeeklyDigest.Lease < now)
        {
            logger.LogWarning("Network review {Quarter} of {UserId} was handed to SendGrid by a run that stopped before recording the answer; not sending again", existing.Quarter, existing.UserId);
            await reviews.TryUpdateAsync(existing with { State = ReviewState.Sent, SentAt = existing.UpdatedAt, UpdatedAt = now }, cancellationToken);
        }
    }

    private OutgoingEmail Email(UserAccount account, ReviewQuarter quarter, RenderedReview rendered, string unsubscribe) => new(
        account.Address,
        account.DisplayName,
        rendered.Subject,
        rendered.Text,
        rendered.Html,
        ["review"],
        new Dictionary<string, string> { ["user_id"] = account.UserId, ["quarter"] = quarter.ToString(), ["kind"] = "review" },
        DigestComposer.UnsubscribeHeaders(unsubscribe, options.Value.SendGrid.UnsubscribeMailbox),
        [new InlineImage(PictureContentId, PictureFile, "image/png", rendered.Picture)]);
}
