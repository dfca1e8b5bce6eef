using NudgeService.Application.Web;
using NudgeService.Domain.Relationships;

namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// The first line of a draft, as people open a note: in English the first name for nearly everyone
/// ("Hi Natalie," / "Dear Natalie,"), a title and surname only for a formal, distant tie whose title
/// is known; in French « Bonjour Natalie, » with <i>vous</i>, « Salut » and « Coucou » only for the
/// closest, with <i>tu</i>. Never a full name after "Dear".
/// </summary>
public static class Salutations
{
    /// <param name="tier">The tie's layer; null for someone with no history of exchanges (distant).</param>
    /// <param name="title">An honorific from the name as the user's address book shows it ("Dr", "Prof", "Mme").</param>
    /// <param name="choice">Which of the fitting salutations, so that drafts vary.</param>
    public static string For(string language, Tier? tier, string firstName, string? title, string? surname, int choice)
    {
        var french = Languages.From(language) == Languages.French;
        var closeness = tier ?? Tier.Weak;
        if (closeness == Tier.Weak && Titled(title, surname, french) is { } titled) return (french ? "Bonjour " : "Dear ") + titled + ",";
        if (string.IsNullOrWhiteSpace(firstName)) return french ? "Bonjour," : closeness <= Tier.Close ? "Hi," : "Hello,";
        string[] options = (french, closeness) switch
        {
            (true, Tier.Closest) => ["Coucou", "Salut"],
            (true, Tier.Close) => ["Salut"],
            (true, _) => ["Bonjour"],
            (false, Tier.Closest) => ["Hi", "Hey"],
            (false, Tier.Close) => ["Hi"],
            (false, Tier.Regular) => ["Hi", "Hello"],
            (false, _) => ["Dear", "Hello", "Hi"],
        };
        return $"{options[((choice % options.Length) + options.Length) % options.Length]} {firstName.Trim()},";
    }

    private static string? Titled(string? title, string? surname, bool french)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(surname)) return null;
        var said = title.Trim().TrimEnd('.').ToLowerInvariant() switch
        {
            "dr" => french ? "Docteur" : "Dr",
            "prof" or "pr" => french ? "Professeur" : "Professor",
            "mr" or "m" => french ? "Monsieur" : "Mr",
            "mrs" => french ? "Madame" : "Mrs",
            "ms" => french ? "Madame" : "Ms",
            "mme" => french ? "Madame" : "Ms",
            "mlle" => french ? "Madame" : "Ms",
            _ => null,
        };
        // French addresses a doctor or a professor by the title alone.
        if (said is "Docteur" or "Professeur") return said;
        return said is null ? null : $"{said} {surname.Trim()}";
    }
}
