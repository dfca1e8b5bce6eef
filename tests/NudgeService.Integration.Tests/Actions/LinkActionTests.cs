using NudgeService.Application.Actions;

namespace NudgeService.Integration.Tests.Actions;

public sealed class LinkActionTests
{
    private static readonly ActionTokens Tokens = new(new LinkSigningKeys(Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()), []));

    /// <summary>Sealed once with this key for user-1, week 2026-W49, until 2027: emailed links carry these bytes for weeks.</summary>
    [Theory]
    [InlineData("Aq4GPebNYqY9vM8N5QEyJiGg1PpsrPbVBM9y7rBropkVgAKWcFTIhwM", LinkAction.Send, "0123456789abcdef")]
    [InlineData("Aq4G38ATawnn6IXaD_ZpxpEy1D_i8fq9e1NAzFhpmLezE5faAMAO9kA", LinkAction.EditInOutlook, "0123456789abcdef")]
    [InlineData("Aq4G5DQksd_jYvB1tY_h5I8NFlPKkwGprXj8eEykZClVLhJkXZWnvVo", LinkAction.Snooze, "0123456789abcdef")]
    [InlineData("Aq4GnU1ByJWwscylzCJSemRcTndfLVSjY-ctyMTWAAzH7r0OdAa-y8I", LinkAction.NotThisPerson, "0123456789abcdef")]
    [InlineData("Aq4GPsytlk72pzSPOi8HwDpCgdzP6Nfr3cEc1y1c7tvBqtaX2Tvs7qs", LinkAction.Unsubscribe, "")]
    [InlineData("Aq4GdNV9ZGkR9EmwzOkQWQ0zAQwCyx2vvFpWAGPJqXYZ7wzHqUKBcBM", LinkAction.Preferences, "")]
    [InlineData("Aq4GjvfnXXxAh0mpzG2DBOhqwPV_Az36H_um80Q_OBWcFIj-kGixuMw", LinkAction.Disconnect, "")]
    [InlineData("Aq4GQO-_LY8dZvVGrNyfkRR0rNbv_OTAc1Qx7V4tPgiyYWveF-TqhGE", LinkAction.Review, "fedcba9876543210")]
    public void A_link_sealed_earlier_still_reads_as_the_action_it_was_sealed_with(string token, LinkAction action, string nudgeId)
    {
        var reading = Tokens.Read(token, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(reading.IsValid, reading.Problem.ToString());
        Assert.Equal(new ActionToken("user-1", action, "2026-W49", nudgeId, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), reading.Token);
    }
}
