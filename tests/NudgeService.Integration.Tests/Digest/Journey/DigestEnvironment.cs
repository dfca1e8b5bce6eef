using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Journey;

[CollectionDefinition(Name)]
public sealed class DigestEnvironment : ICollectionFixture<ServiceEnvironment>
{
    public const string Name = "digest";
}
