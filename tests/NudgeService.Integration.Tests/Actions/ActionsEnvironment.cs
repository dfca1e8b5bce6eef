using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

[CollectionDefinition(Name)]
public sealed class ActionsEnvironment : ICollectionFixture<ServiceEnvironment>
{
    public const string Name = "actions";
}
