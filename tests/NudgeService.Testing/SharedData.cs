namespace NudgeService.Testing;

/// <summary>The real data kept beside the repository in ../shared/data (see its README).</summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(NudgeService.LocalEnvironment.RepositoryLayout.Root, "..", "shared", "data"));
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"The shared data folder is missing: expected it at {root}.");
        var path = System.IO.Path.Combine([root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"{path} is not in the shared data folder.");
        return path;
    }
}
