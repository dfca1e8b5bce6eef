using System.Text.Json;

namespace NudgeService.LocalEnvironment;

/// <summary>
/// The settings of a running demo, written where operator commands find them, so that `nudge run`
/// and `nudge preview` reach the demo's storage, sandbox and link key. Local runs only: it holds
/// the sandbox's development secrets and the run's link key, and lives in the ignored .sandbox folder.
/// </summary>
public static class LocalSettingsFile
{
    public static string DefaultPath => Path.Combine(RepositoryLayout.Root, ".sandbox", "settings.json");

    public static async Task WriteAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultPath)!);
        await File.WriteAllTextAsync(DefaultPath, JsonSerializer.Serialize(settings), cancellationToken);
    }

    public static IReadOnlyDictionary<string, string?> Read(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no settings.");
}
