namespace NudgeService.Testing;

/// <summary>Finds the repository's root folder (the one holding NudgeService.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "NudgeService.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No NudgeService.sln above {AppContext.BaseDirectory}.");
    }
}
