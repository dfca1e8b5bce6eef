using NudgeService.Deployment.Tests.Bicep;

namespace NudgeService.Deployment.Tests;

/// <summary>The data-protection key ring is encrypted with a key that Key Vault holds and only the app's identity reads.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class KeyRingTemplateTests(CompiledInfrastructure infrastructure)
{
    private ArmTemplate Template => infrastructure.Template;

    [Fact]
    public void The_key_encryption_key_is_a_Key_Vault_secret_from_a_secure_parameter()
    {
        var secret = Assert.Single(Template.OfType("Microsoft.KeyVault/vaults/secrets"), secret => secret.Name.Contains("'dataprotection-kek'", StringComparison.Ordinal));
        Assert.Equal("[parameters('keyRingEncryptionKey')]", (string?)secret.Properties!["value"]);
        Assert.All(Template.Parameters.Where(parameter => parameter.Name == "keyRingEncryptionKey"), parameter => Assert.Equal("securestring", parameter.Type));
    }

    [Fact]
    public void The_app_finds_the_key_in_Key_Vault_and_its_value_is_in_no_app_setting()
    {
        var settings = Assert.Single(PlainSecrets.AppSettings(Template));
        Assert.Equal("[parameters('keyVaultUri')]", (string?)settings["Nudge__KeyRing__KeyVaultUri"]);
        Assert.Equal("[parameters('keyRingSecretName')]", (string?)settings["Nudge__KeyRing__SecretName"]);
        Assert.False(settings.ContainsKey("Nudge__KeyRing__LocalKey"));
        Assert.DoesNotContain(settings, setting => setting.Value?.ToString().Contains("keyRingEncryptionKey", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_app_identity_holds_no_role_on_keys_nor_any_right_to_write_secrets()
    {
        const string keyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
        const string keyVaultCryptoOfficer = "14b46e9e-c2b7-41b4-b07b-48a6ebf60603";
        const string keyVaultAdministrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
        var appRoles = Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(resource => (string?)resource.Properties!["principalType"] == "ServicePrincipal")
            .Select(resource => resource.Resolve((string)resource.Properties!["roleDefinitionId"]!));

        Assert.DoesNotContain(appRoles, role => role.Contains(keyVaultSecretsOfficer, StringComparison.Ordinal)
            || role.Contains(keyVaultCryptoOfficer, StringComparison.Ordinal) || role.Contains(keyVaultAdministrator, StringComparison.Ordinal));
    }
}
