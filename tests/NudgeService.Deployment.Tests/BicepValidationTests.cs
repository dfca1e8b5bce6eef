using NudgeService.Deployment.Tests.Bicep;

namespace NudgeService.Deployment.Tests;

/// <summary>The templates compile and pass Bicep's linter with nothing to say, offline.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class BicepValidationTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void Main_template_builds_without_warnings()
    {
        Assert.Equal("", infrastructure.Build.Diagnostics);
    }

    [Fact]
    public void Main_template_and_its_modules_pass_the_linter()
    {
        var lint = BicepCli.Run("lint", CompiledInfrastructure.MainBicep);

        Assert.True(lint.ExitCode == 0 && lint.Diagnostics.Length == 0, $"bicep lint reported:\n{lint.Diagnostics}");
    }

    [Fact]
    public void Every_module_is_used_by_the_main_template()
    {
        var modules = Directory.GetFiles(Path.Combine(CompiledInfrastructure.InfraFolder, "modules"), "*.bicep").Select(Path.GetFileName);
        var main = File.ReadAllText(CompiledInfrastructure.MainBicep);

        Assert.All(modules, module => Assert.Contains($"'modules/{module}'", main));
    }
}
