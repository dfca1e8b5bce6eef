using System.Text.Json.Nodes;
using NudgeService.Application.Telemetry;
using NudgeService.Deployment.Tests.Bicep;

namespace NudgeService.Deployment.Tests;

/// <summary>The alerts an operator needs, on the metrics the app really emits, all notifying the action group the operator names.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class AlertsTemplateTests(CompiledInfrastructure infrastructure)
{
    private ArmTemplate Template => infrastructure.Template;

    private IReadOnlyList<ArmResource> Rules => Template.OfType("Microsoft.Insights/scheduledQueryRules");

    [Fact]
    public void The_action_group_takes_the_operators_name_and_emails_the_operator()
    {
        var group = Template.Single("Microsoft.Insights/actionGroups");
        Assert.Equal("[parameters('actionGroupName')]", group.Name);
        var receiver = Assert.Single(group.Properties!["emailReceivers"]!.AsArray());
        Assert.Equal("[parameters('emailAddress')]", (string?)receiver!["emailAddress"]);
        Assert.Contains(Template.Parameters, parameter => parameter.Name == "alertActionGroupName");
    }

    [Theory]
    [InlineData(NudgeMetrics.PoisonWaitingName, "waiting")]
    [InlineData(NudgeMetrics.DigestsName, "missedPercent")]
    [InlineData("digest-job", "failedPercent")]
    [InlineData(NudgeMetrics.MailEventsName, "bouncePercent")]
    [InlineData(NudgeMetrics.MailEventsName, "spamPerTenThousand")]
    public void An_alert_watches_each_figure_on_what_the_app_emits_and_notifies_the_action_group(string source, string measure)
    {
        var queries = Template.Single("Microsoft.Insights/scheduledQueryRules").Template["variables"]!["rules"]!.AsArray();
        var rule = Assert.Single(queries, rule => (string?)rule!["measure"] == measure)!;

        Assert.Contains($"\"{source}\"", (string)rule["query"]!, StringComparison.Ordinal);
        var alert = Rules.Single();
        Assert.Equal("[resourceId('Microsoft.Insights/actionGroups', parameters('actionGroupName'))]", (string?)alert.Properties!["actions"]!["actionGroups"]![0]);
        Assert.Equal("[parameters('applicationInsightsId')]", (string?)alert.Properties["scopes"]![0]);
    }

    [Fact]
    public void The_spam_threshold_cannot_be_set_at_or_above_the_bulk_sender_limit_of_three_in_a_thousand()
    {
        var parameter = Parameter("spamPerTenThousandThreshold");

        Assert.True((int)parameter["maxValue"]! <= 30);
        Assert.True((int)parameter["defaultValue"]! < 30);
    }

    [Fact]
    public void Every_metric_the_alerts_read_is_one_the_app_defines()
    {
        var queries = Template.Single("Microsoft.Insights/scheduledQueryRules").Template["variables"]!["rules"]!.AsArray()
            .Select(rule => (string)rule!["query"]!).ToList();
        string[] defined = [NudgeMetrics.DigestsName, NudgeMetrics.PoisonedJobsName, NudgeMetrics.PoisonWaitingName, NudgeMetrics.GraphThrottlesName, NudgeMetrics.ReconnectEmailsName, NudgeMetrics.MailEventsName];

        Assert.Equal(5, queries.Count);
        foreach (var query in queries.Where(query => query.StartsWith("customMetrics", StringComparison.Ordinal)))
        {
            var metric = query.Split("name == \"")[1].Split('"')[0];
            Assert.Contains(metric, defined);
        }
    }

    private JsonObject Parameter(string name) => Assert.Single(Template.Resources
        .Where(resource => resource.Type == "Microsoft.Resources/deployments")
        .Select(resource => resource.Body["properties"]!["template"]!["parameters"]?[name])
        .OfType<JsonObject>());
}
