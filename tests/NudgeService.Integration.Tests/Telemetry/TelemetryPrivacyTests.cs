using NudgeService.Application.Actions;
using NudgeService.Application.Telemetry;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Telemetry;

/// <summary>
/// What the Function App would hand Application Insights over a user's real week (connect, sync,
/// digest, a click on Send): every call to Graph, SendGrid and Storage is there with its status,
/// and nothing in spans, logs or metrics names the user, their correspondents or what they wrote.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryPrivacyTests(TelemetryEnvironment environment)
{
    [Fact]
    public async Task A_week_of_calls_is_exported_as_dependencies_with_their_status_and_without_anything_personal()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 450);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var sendLink = digest.LinkTo(LinkAction.Send, nudge);
        var page = await ActionPage.GetAsync(browser, sendLink);
        Assert.Equal(200, (await page.SubmitAsync(browser, environment.Web.BaseUrl)).Status);
        var account = await digest.AccountAsync();
        var nudges = await digest.Persona.NudgesAsync();

        var exported = environment.Flushed();

        foreach (var service in new[] { "Nudge:Identity:GraphBaseUrl", "Nudge:SendGrid:BaseUrl" }.Select(name => new Uri(environment.Settings[name]!).Authority).Append(StorageAuthority()))
        {
            Assert.Contains(exported.Spans, span => span.Tags.GetValueOrDefault("url.full")?.Contains("://" + service + "/", StringComparison.Ordinal) == true
                && span.Tags.ContainsKey("http.response.status_code"));
        }
        Assert.Contains(exported.Logs, log => log.Attributes.GetValueOrDefault("UserId") == TelemetryIds.Of(account.UserId));
        Assert.All(exported.Spans, span => Assert.DoesNotContain("?", span.Tags.GetValueOrDefault("url.full") ?? ""));
        string[] personal =
        [
            account.UserId, account.Address, account.DisplayName, account.FirstName,
            .. digest.Mailbox.Owner.Aliases,
            .. nudges.SelectMany(each => new[] { each.PersonName, each.Address, each.Draft.Subject }),
            .. digest.Links().Select(link => link[(link.LastIndexOf('/') + 1)..]),
            digest.Digest.Subject ?? "",
        ];
        var texts = exported.Spans.Select(span => span.AsText)
            .Concat(exported.Logs.Select(log => log.AsText))
            .Concat(exported.Metrics.SelectMany(metric => metric.MetricPoints.SelectMany(point => Tags(point))))
            .ToList();
        Assert.NotEmpty(exported.Metrics);
        foreach (var secret in personal.Where(value => value.Length >= 4).Distinct())
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private string StorageAuthority()
    {
        var tableEndpoint = environment.StorageConnectionString.Split(';').Single(part => part.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        return new Uri(tableEndpoint).Authority;
    }

    private static IEnumerable<string> Tags(OpenTelemetry.Metrics.MetricPoint point)
    {
        foreach (var tag in point.Tags) yield return $"{tag.Key}={tag.Value}";
    }
}
