using NudgeService.Deployment.Tests.Bicep;

namespace NudgeService.Deployment.Tests;

/// <summary>Secrets live in Key Vault and nowhere else: not in parameters, settings, outputs or storage keys.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class SecretsTemplateTests(CompiledInfrastructure infrastructure)
{
    private ArmTemplate Template => infrastructure.Template;

    [Fact]
    public void Key_Vault_authorizes_with_Azure_RBAC_and_holds_the_four_secrets()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults").Properties!;
        Assert.True((bool?)vault["enableRbacAuthorization"]);
        var secrets = Template.OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => secret.Name.Split('\'')[^2]);
        Assert.Equal(["dataprotection-kek", "entra-client-secret", "link-signing-key", "sendgrid-api-key"], secrets.Order());
    }

    [Fact]
    public void App_identity_may_read_each_of_its_secrets_but_not_write_them_nor_read_the_rest_of_the_vault()
    {
        const string keyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
        var readers = Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(resource => (string?)resource.Properties!["principalType"] == "ServicePrincipal"
                && resource.Name.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(4, readers.Count);
        Assert.All(readers, reader =>
        {
            Assert.Contains(keyVaultSecretsUser, reader.Resolve((string)reader.Properties!["roleDefinitionId"]!));
            Assert.StartsWith("[resourceId('Microsoft.KeyVault/vaults/secrets'", (string?)reader.Body["scope"]);
        });
    }

    [Fact]
    public void No_secret_travels_in_plain_text()
    {
        Assert.Empty(PlainSecrets.In(Template));
    }

    [Fact]
    public void A_plain_secret_parameter_setting_or_storage_key_would_be_caught()
    {
        var directory = Directory.CreateTempSubdirectory("nudge-plain-secret-");
        try
        {
            var bicep = Path.Combine(directory.FullName, "leaky.bicep");
            File.WriteAllText(bicep, """
                param sendGridApiKey string
                resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
                  name: 'leaky'
                }
                resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
                  name: 'leaky/appsettings'
                  properties: {
                    Nudge__SendGrid__ApiKey: sendGridApiKey
                    Nudge__Storage__ConnectionString: 'AccountName=leaky;AccountKey=${account.listKeys().keys[0].value}'
                  }
                }
                """);

            var (_, leaky) = CompiledInfrastructure.Compile(bicep, directory.FullName);
            var problems = PlainSecrets.In(leaky);

            Assert.Contains("parameter sendGridApiKey is a plain string", problems);
            Assert.Contains("app setting Nudge__SendGrid__ApiKey is not a Key Vault reference", problems);
            Assert.Contains("app setting Nudge__Storage__ConnectionString is not a Key Vault reference", problems);
            Assert.Contains("the template uses storage key material (listKeys()", problems);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
