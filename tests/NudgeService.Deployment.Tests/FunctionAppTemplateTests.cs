using System.Text.Json.Nodes;
using NudgeService.Application.Web;
using NudgeService.Deployment.Tests.Bicep;

namespace NudgeService.Deployment.Tests;

/// <summary>What the compiled template says about the Function App, its plan and its monitoring.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class FunctionAppTemplateTests(CompiledInfrastructure infrastructure)
{
    private ArmTemplate Template => infrastructure.Template;

    private JsonNode Site => Template.Single("Microsoft.Web/sites").Properties!;

    private JsonObject Settings => Assert.Single(PlainSecrets.AppSettings(Template));

    [Fact]
    public void App_runs_on_a_Flex_Consumption_plan_as_a_dotnet_10_isolated_worker()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms").Body;
        Assert.Equal("FC1", (string?)plan["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]?["tier"]);
        Assert.Equal("dotnet-isolated", (string?)Site["functionAppConfig"]?["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)Site["functionAppConfig"]?["runtime"]?["version"]);
    }

    [Fact]
    public void App_runs_as_a_user_assigned_identity_that_also_resolves_its_Key_Vault_references()
    {
        var site = Template.Single("Microsoft.Web/sites").Body;
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);
        Assert.NotNull(Site["keyVaultReferenceIdentity"]);
        Assert.Equal("UserAssignedIdentity", (string?)Site["functionAppConfig"]?["deployment"]?["storage"]?["authentication"]?["type"]);
        Assert.Single(Template.OfType("Microsoft.ManagedIdentity/userAssignedIdentities"));
    }

    [Fact]
    public void App_accepts_HTTPS_only_with_TLS_1_2_at_least()
    {
        Assert.True((bool?)Site["httpsOnly"]);
        Assert.Equal("1.2", (string?)Site["siteConfig"]?["minTlsVersion"]);
    }

    [Fact]
    public void App_cannot_be_published_with_FTP_or_basic_credentials()
    {
        Assert.Equal("Disabled", (string?)Site["siteConfig"]?["ftpsState"]);
        var policies = Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(["ftp", "scm"], policies.Select(policy => policy.Name.Split('\'')[^2]).Order());
        Assert.All(policies, policy => Assert.False((bool?)policy.Properties?["allow"]));
    }

    [Fact]
    public void Functions_host_reaches_its_storage_with_the_managed_identity()
    {
        Assert.Equal("managedidentity", (string?)Settings["AzureWebJobsStorage__credential"]);
        Assert.NotNull(Settings["AzureWebJobsStorage__accountName"]);
        Assert.NotNull(Settings["AzureWebJobsStorage__clientId"]);
        Assert.Null(Settings["AzureWebJobsStorage"]);
    }

    [Fact]
    public void NudgeService_reaches_storage_by_account_name_never_by_connection_string()
    {
        Assert.NotNull(Settings["Nudge__Storage__AccountName"]);
        Assert.Null(Settings["Nudge__Storage__ConnectionString"]);
        // DefaultAzureCredential picks the user-assigned identity through this variable.
        Assert.NotNull(Settings["AZURE_CLIENT_ID"]);
    }

    [Theory]
    [InlineData("Nudge__Identity__ClientSecret")]
    [InlineData("Nudge__SendGrid__ApiKey")]
    [InlineData("Nudge__Links__SigningKey")]
    public void Secrets_reach_the_app_as_Key_Vault_references(string setting)
    {
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", Settings[setting]?.ToString());
    }

    [Fact]
    public void App_gets_every_setting_start_up_validation_requires()
    {
        string[] required =
        [
            "Nudge__PublicBaseUrl", "Nudge__Identity__ClientId", "Nudge__Identity__ClientSecret", "Nudge__Identity__RedirectUri",
            "Nudge__Storage__AccountName", "Nudge__SendGrid__ApiKey", "Nudge__SendGrid__SenderAddress",
            "Nudge__Digest__DefaultDay", "Nudge__Digest__DefaultHour",
        ];
        Assert.All(required, setting => Assert.NotNull(Settings[setting]));
    }

    [Fact]
    public void Redirect_uri_setting_and_output_name_the_sign_in_callback_route()
    {
        Assert.Contains($"{Routes.PathOf(Routes.Callback)}'", Settings["Nudge__Identity__RedirectUri"]?.ToString());
        Assert.Contains($"{Routes.PathOf(Routes.Callback)}'", Template.ModuleOutput("redirectUri")["value"]?.ToString());
        Assert.Contains("outputs.redirectUri", Template.Outputs["NUDGE_REDIRECT_URI"]?["value"]?.ToString());
        Assert.Contains("outputs.url", Template.Outputs["NUDGE_APP_URL"]?["value"]?.ToString());
    }

    [Fact]
    public void Telemetry_goes_to_Application_Insights_on_a_Log_Analytics_workspace_with_Entra_authentication()
    {
        var insights = Template.Single("Microsoft.Insights/components").Properties!;
        Assert.NotNull(insights["WorkspaceResourceId"]);
        Assert.True((bool?)insights["DisableLocalAuth"]);
        Assert.Single(Template.OfType("Microsoft.OperationalInsights/workspaces"));
        Assert.NotNull(Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Contains("Authorization=AAD", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]?.ToString());
    }

    [Fact]
    public void Settings_the_Flex_Consumption_plan_rejects_are_absent()
    {
        // On Flex Consumption the runtime and package come from functionAppConfig; these settings fail deployment.
        string[] rejected = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"];
        Assert.All(rejected, setting => Assert.Null(Settings[setting]));
    }
}
