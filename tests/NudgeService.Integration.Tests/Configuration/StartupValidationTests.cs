using Microsoft.Extensions.Options;
using NudgeService.LocalEnvironment;

namespace NudgeService.Integration.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Start_up_fails_with_a_message_naming_every_missing_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Nudge:PublicBaseUrl"] = "http://127.0.0.1:1",
            ["Nudge:Identity:Authority"] = "http://login.example/common",
            ["Nudge:Digest:MaxEvents"] = "50",
            ["Nudge:RequestLimits:PerClientPerMinute"] = "10",
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalWebHost.StartAsync(FreePorts.Take(1)[0], settings));

        Assert.Contains("Nudge:Identity:Authority must use HTTPS.", error.Failures);
        Assert.Contains("Nudge:Identity:ClientId is missing.", error.Failures);
        Assert.Contains("Nudge:Identity:ClientSecret is missing.", error.Failures);
        Assert.Contains("Nudge:Identity:RedirectUri is missing.", error.Failures);
        Assert.Contains("Nudge:Storage:ConnectionString or Nudge:Storage:AccountName is missing.", error.Failures);
        Assert.Contains("Nudge:SendGrid:ApiKey is missing.", error.Failures);
        Assert.Contains("Nudge:SendGrid:SenderAddress is missing.", error.Failures);
        Assert.Contains("Nudge:Links:SigningKey must be base64 of at least 32 bytes.", error.Failures);
        Assert.Contains("Nudge:Digest:MaxEvents must be between 0 and 20.", error.Failures);
        Assert.Contains("Nudge:RequestLimits:PerClientPerMinute must be at least 60.", error.Failures);
        Assert.DoesNotContain(error.Failures, failure => failure.Contains("PublicBaseUrl"));
    }
}
