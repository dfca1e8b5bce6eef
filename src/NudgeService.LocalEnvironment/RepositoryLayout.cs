using System.Reflection;

namespace NudgeService.LocalEnvironment;

/// <summary>Finds the repository's root folder (the one holding NudgeService.sln) from wherever the program runs.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var builtFrom = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory, builtFrom ?? "" }.Where(start => start.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NudgeService.sln"))) return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No NudgeService.sln above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}.");
    }
}
