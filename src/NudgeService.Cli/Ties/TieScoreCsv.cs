using System.Globalization;

namespace NudgeService.Cli.Ties;

/// <summary>Writes scored ties as owner,contact,at,score,tier,cadence_days,silence_days,going_cold in the invariant culture.</summary>
public static class TieScoreCsv
{
    public const string Header = "owner,contact,at,score,tier,cadence_days,silence_days,going_cold";

    public static void Write(TextWriter output, IEnumerable<ScoredTie> ties)
    {
        output.WriteLine(Header);
        foreach (var (owner, at, tie) in ties)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Field(owner)},{Field(tie.Key)},{at:yyyy-MM-dd},{tie.ColdScore:0.######},{(int)tie.Tier},{tie.CadenceDays:0.#},{tie.SilenceDays},{(tie.GoingCold ? "true" : "false")}"));
        }
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
