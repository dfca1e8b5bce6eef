using System.Diagnostics.Metrics;
using NudgeService.Application.Telemetry;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Integration.Tests.MailEvents;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Telemetry;

/// <summary>NudgeService's custom metrics over a real digest week: the figures the alerts read are there, and nothing personal rides on them.</summary>
[Collection(MailEventsEnvironment.Name)]
public sealed class MetricsPrivacyTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_digest_week_and_its_mail_events_are_counted_with_outcomes_kinds_and_weeks_only()
    {
        var measurements = new List<(string Instrument, long Value, Dictionary<string, string?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meters) =>
            {
                if (instrument.Meter.Name == NudgeMetrics.MeterName) meters.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements) measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value?.ToString())));
        });
        listener.Start();

        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 440);
        Assert.Equal(200, (await environment.ReportAsync(digest.Digest, "delivered")).Status);
        var account = await digest.AccountAsync();
        var nudges = await digest.Persona.NudgesAsync();
        listener.Dispose();

        List<(string Instrument, long Value, Dictionary<string, string?> Tags)> seen;
        lock (measurements) seen = [.. measurements];
        Assert.Contains(seen, measurement => measurement.Instrument == NudgeMetrics.DigestsName && measurement.Tags["outcome"] == "Sent" && measurement.Tags.ContainsKey("iso_week"));
        Assert.Contains(seen, measurement => measurement.Instrument == NudgeMetrics.MailEventsName && measurement.Tags["kind"] == "delivered");
        string[] personal = [account.UserId, account.Address, account.DisplayName, account.FirstName, .. nudges.Select(nudge => nudge.PersonName), .. nudges.Select(nudge => nudge.Address)];
        foreach (var (_, _, tags) in seen)
        {
            Assert.All(tags.Keys, key => Assert.Contains(key, new[] { "outcome", "iso_week", "kind" }));
            Assert.All(tags.Values, value => Assert.DoesNotContain(personal, secret => value is not null && value.Contains(secret, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
