using NudgeService.LocalEnvironment;

namespace NudgeService.Deployment.Tests.Bicep;

/// <summary>infra/main.bicep compiled once by the Bicep CLI, shared by every test that reads the result.</summary>
public sealed class CompiledInfrastructure : IDisposable
{
    public static string InfraFolder { get; } = Path.Combine(RepositoryLayout.Root, "infra");

    public static string MainBicep { get; } = Path.Combine(InfraFolder, "main.bicep");

    private readonly string output = Directory.CreateTempSubdirectory("nudge-infra-").FullName;

    public CompiledInfrastructure()
    {
        (Build, Template) = Compile(MainBicep, output);
    }

    public BicepCli.Result Build { get; }

    public ArmTemplate Template { get; }

    /// <summary>Builds a Bicep file into <paramref name="directory"/> and reads the ARM JSON it produced.</summary>
    public static (BicepCli.Result Build, ArmTemplate Template) Compile(string bicepFile, string directory)
    {
        var json = Path.Combine(directory, Path.ChangeExtension(Path.GetFileName(bicepFile), ".json"));
        var build = BicepCli.Run("build", bicepFile, "--outfile", json);
        Assert.True(build.ExitCode == 0, $"bicep build {bicepFile} failed:\n{build.Diagnostics}");
        return (build, ArmTemplate.Load(json));
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class CompiledInfrastructureCollection : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "compiled infrastructure";
}
