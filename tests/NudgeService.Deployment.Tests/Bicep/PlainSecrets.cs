using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NudgeService.Deployment.Tests.Bicep;

/// <summary>
/// Finds the ways a secret could travel in clear through a compiled template: a secret-looking
/// parameter or output not typed secure, a secret-looking app setting that is not a Key Vault
/// reference, and storage account keys or connection strings.
/// </summary>
public static partial class PlainSecrets
{
    private const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=";

    // Storage keys and the connection strings built from them; none belongs in an identity-based deployment.
    private static readonly string[] KeyMaterial = ["AccountKey", "listKeys(", "listConnectionStrings(", "DefaultEndpointsProtocol", "SharedAccessSignature"];

    // Application Insights' connection string names where telemetry goes and carries no credential:
    // the component accepts only Entra-signed telemetry (DisableLocalAuth).
    private static readonly string[] NotSecret = ["applicationInsightsConnectionString"];

    public static IReadOnlyList<string> In(ArmTemplate template)
    {
        var problems = new List<string>();
        foreach (var (name, type) in template.Parameters.Where(parameter => LooksSecret(parameter.Name) && !NotSecret.Contains(parameter.Name)))
        {
            if (!type.StartsWith("secure", StringComparison.OrdinalIgnoreCase)) problems.Add($"parameter {name} is a plain {type}");
        }
        foreach (var (name, output) in template.Outputs)
        {
            var type = (string)output!["type"]!;
            if (LooksSecret(name) || type.StartsWith("secure", StringComparison.OrdinalIgnoreCase)) problems.Add($"output {name} exposes a secret");
        }
        foreach (var settings in AppSettings(template))
        {
            foreach (var (name, value) in settings.Where(setting => LooksSecret(setting.Key)))
            {
                if (value?.ToString().Contains(KeyVaultReference, StringComparison.Ordinal) != true) problems.Add($"app setting {name} is not a Key Vault reference");
            }
        }
        problems.AddRange(KeyMaterial.Where(material => template.Text.Contains(material, StringComparison.OrdinalIgnoreCase))
            .Select(material => $"the template uses storage key material ({material})"));
        return problems;
    }

    /// <summary>The app settings of every Function or Web App in the template.</summary>
    public static IEnumerable<JsonObject> AppSettings(ArmTemplate template) => template.OfType("Microsoft.Web/sites/config")
        .Where(config => config.Name.Contains("appsettings", StringComparison.Ordinal))
        .Select(config => config.Properties!.AsObject());

    private static bool LooksSecret(string name) => SecretName().IsMatch(name);

    [GeneratedRegex("(secret|apikey|signingkey|password|connectionstring)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
