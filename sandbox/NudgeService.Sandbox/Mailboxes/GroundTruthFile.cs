using System.Text.Json;

namespace NudgeService.Sandbox.Mailboxes;

/// <summary>Reads and writes a persona's ground truth as indented camelCase JSON.</summary>
public static class GroundTruthFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string directory, string ownerAddress) =>
        System.IO.Path.Combine(directory, $"{ownerAddress}.ground-truth.json");

    public static void Write(GroundTruth truth, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(truth, Json));

    public static GroundTruth Read(string path) =>
        JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no ground truth.");
}
