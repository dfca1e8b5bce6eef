using NudgeService.Deployment.Tests.Bicep;
using NudgeService.Application.Digest;
using NudgeService.Infrastructure;

namespace NudgeService.Deployment.Tests;

/// <summary>What the compiled template says about the storage account and who may use it.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class StorageTemplateTests(CompiledInfrastructure infrastructure)
{
    private ArmTemplate Template => infrastructure.Template;

    [Fact]
    public void Storage_refuses_shared_keys_public_blobs_plain_HTTP_and_TLS_below_1_2()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts").Properties!;
        Assert.False((bool?)account["allowSharedKeyAccess"]);
        Assert.False((bool?)account["allowBlobPublicAccess"]);
        Assert.True((bool?)account["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner: host, package, key ring
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor: digest and first-look jobs
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor: accounts, ledger
    public void App_identity_holds_each_storage_data_role_on_the_account(string roleDefinitionGuid)
    {
        var assignment = Assert.Single(StorageRoleAssignments(), resource =>
            resource.Resolve((string)resource.Properties!["roleDefinitionId"]!).Contains(roleDefinitionGuid, StringComparison.Ordinal));
        Assert.Equal("ServicePrincipal", (string?)assignment.Properties!["principalType"]);
    }

    [Fact]
    public void Key_ring_container_and_job_queues_exist_under_the_names_the_app_uses()
    {
        var containers = Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(Leaf);
        var queues = Template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Select(Leaf);

        Assert.Contains(DependencyInjection.KeyRingContainer, containers);
        Assert.Equal(
            new[] { IDigestJobQueue.Name, IDigestJobQueue.PoisonName, IFirstLookQueue.Name, IFirstLookQueue.PoisonName }.Order(StringComparer.Ordinal),
            queues.Order(StringComparer.Ordinal));
    }

    private IEnumerable<ArmResource> StorageRoleAssignments() => Template.OfType("Microsoft.Authorization/roleAssignments")
        .Where(resource => resource.Name.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));

    /// <summary>The last segment of a child resource's name: format('{0}/{1}/{2}', ..., 'leaf').</summary>
    private static string Leaf(ArmResource resource) => resource.Name.Split('\'')[^2];
}
