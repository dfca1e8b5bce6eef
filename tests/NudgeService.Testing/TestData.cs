namespace NudgeService.Testing;

/// <summary>The real data the tests use, kept reduced in tests/data (its README names each source and licence).</summary>
public static class TestData
{
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([NudgeService.LocalEnvironment.RepositoryLayout.Root, "tests", "data", .. parts]);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is not in the repository's test data.", path);
        return path;
    }
}
