namespace NudgeService.Application.Digest.Wording;

/// <summary>How a draft opens: its first sentence after the greeting, which is what a reader notices repeating.</summary>
public static class Openings
{
    public static string Of(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n').Select(line => line.Trim()).ToList();
        var first = lines.Skip(1).FirstOrDefault(line => line.Length > 0) ?? "";
        var end = first.IndexOfAny(['.', '!', '?']);
        return end < 0 ? first : first[..(end + 1)];
    }
}
