using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NudgeService.Deployment.Tests.Bicep;
using NudgeService.LocalEnvironment;

namespace NudgeService.Deployment.Tests;

/// <summary>azure.yaml and infra/main.parameters.json agree with the templates, so that `azd up` can run them.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed partial class AzdConfigurationTests(CompiledInfrastructure infrastructure)
{
    private static readonly string AzureYaml = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "azure.yaml"));

    private static readonly JsonObject Parameters =
        JsonNode.Parse(File.ReadAllText(Path.Combine(CompiledInfrastructure.InfraFolder, "main.parameters.json")))!["parameters"]!.AsObject();

    private JsonObject TemplateParameters => infrastructure.Template.Root["parameters"]!.AsObject();

    [Fact]
    public void Azd_deploys_the_functions_project_to_a_Function_App()
    {
        Assert.Contains("project: ./functions", AzureYaml);
        Assert.Contains("language: dotnet", AzureYaml);
        Assert.Contains("host: function", AzureYaml);
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, "functions", "NudgeService.Functions.csproj")));
    }

    [Fact]
    public void Azd_service_name_matches_the_tag_on_the_Function_App()
    {
        var service = ServiceName().Match(AzureYaml);
        Assert.True(service.Success, "azure.yaml declares no service.");

        var tags = infrastructure.Template.Single("Microsoft.Web/sites").Body["tags"]?.ToString();
        Assert.Contains($"'azd-service-name', '{service.Groups["name"].Value}'", tags);
    }

    [Fact]
    public void Every_parameter_without_a_default_is_given_by_the_parameters_file()
    {
        var required = TemplateParameters.Where(parameter => parameter.Value!["defaultValue"] is null).Select(parameter => parameter.Key);

        Assert.All(required, name => Assert.True(Parameters.ContainsKey(name), $"main.parameters.json does not give {name}."));
    }

    [Fact]
    public void Parameters_file_names_only_parameters_the_template_declares()
    {
        Assert.All(Parameters.Select(parameter => parameter.Key), name => Assert.True(TemplateParameters.ContainsKey(name), $"main.bicep has no parameter {name}."));
    }

    [Fact]
    public void Secure_parameters_come_from_the_azd_environment_never_from_the_file()
    {
        var secure = TemplateParameters.Where(parameter => (string?)parameter.Value!["type"] == "securestring").Select(parameter => parameter.Key).ToList();

        Assert.NotEmpty(secure);
        Assert.All(secure, name => Assert.Matches(EnvironmentReference(), (string?)Parameters[name]?["value"]));
    }

    [GeneratedRegex(@"^services:\s*\n\s+(?<name>[a-z0-9-]+):", RegexOptions.Multiline)]
    private static partial Regex ServiceName();

    /// <summary>${NAME} with no default value: azd substitutes it from the environment.</summary>
    [GeneratedRegex(@"^\$\{[A-Z0-9_]+\}$")]
    private static partial Regex EnvironmentReference();
}
