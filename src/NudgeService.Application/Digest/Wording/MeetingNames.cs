using System.Globalization;
using System.Text;
using NudgeService.Application.Web;

namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// A meeting as people name it in a note: "our lunch", "the project sync", « notre déjeuner »; never
/// the raw subject in quotes. Null when the subject looks internal or confidential, or says nothing
/// a person would repeat: the draft then leaves the meeting out.
/// </summary>
public static class MeetingNames
{
    /// <summary>Words that mark a subject as not to be repeated to anyone.</summary>
    private static readonly string[] Confidential =
    [
        "confidential", "confidentiel", "private", "prive", "personal", "personnel", "internal", "interne", "secret", "nda", "hr", "rh",
        "salary", "salaire", "compensation", "remuneration", "layoff", "layoffs", "licenciement", "restructuring", "restructuration", "reorg",
        "reorganisation", "reorganization", "acquisition", "merger", "fusion", "legal", "juridique", "lawyer", "avocat", "disciplinary",
        "disciplinaire", "appraisal", "evaluation", "health", "sante", "medical", "medecin", "doctor", "termination", "severance", "rupture",
        "interview", "entretien", "candidate", "candidat", "offer", "offre", "board", "investment", "investissement", "incident", "audit",
        "litigation", "contentieux", "budget", "pricing", "tarifs",
    ];

    private static readonly string[] ReplyPrefixes = ["re:", "fw:", "fwd:", "tr:", "réf:"];

    /// <summary>The kinds of meeting people name in a note, by the words that say them, with how each language says it.</summary>
    private static readonly (string[] Words, string English, string French)[] Kinds =
    [
        (["lunch", "dejeuner", "dej"], "our lunch", "notre déjeuner"),
        (["dinner", "diner"], "our dinner", "notre dîner"),
        (["breakfast"], "our breakfast", "notre petit-déjeuner"),
        (["coffee", "cafe"], "our coffee", "notre café"),
        (["drinks", "drink", "apero", "afterwork"], "our drinks", "notre apéro"),
        (["cinema", "cine", "film", "movie"], "our evening at the cinema", "notre séance de ciné"),
        (["1:1", "one-on-one", "1-1"], "our one-to-one", "notre tête-à-tête"),
        (["intro"], "our first call", "notre premier échange"),
        (["call", "appel", "visio", "phone"], "our call", "notre appel"),
        (["catch-up", "catchup", "echange", "point"], "our catch-up", "notre point"),
        (["sync", "review", "revue", "workshop", "atelier", "demo", "retrospective", "kick-off", "kickoff"], "", "notre réunion"),
    ];

    public static string? Spoken(string? subject, string language)
    {
        var text = WithoutPrefixes(subject);
        if (text.Length == 0) return null;
        var words = Words(text);
        if (words.Count == 0 || words.Any(word => Confidential.Contains(word)) || LooksLikeACodeName(text)) return null;
        var french = Languages.From(language) == Languages.French;
        foreach (var (kindWords, english, frenchName) in Kinds)
        {
            if (!words.Any(kindWords.Contains)) continue;
            if (french) return frenchName;
            return english.Length > 0 ? english : Named(text);
        }
        return null;
    }

    /// <summary>"Project sync" is "the project sync": a short plain subject lowercased, acronyms kept; anything longer is "our meeting".</summary>
    private static string Named(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || !words.All(word => word.All(character => char.IsLetter(character) || character == '-'))) return "our last meeting";
        return "the " + string.Join(' ', words.Select(word => word.Length > 1 && word.Skip(1).Any(char.IsUpper) ? word : word.ToLower(CultureInfo.InvariantCulture)));
    }

    /// <summary>"Project Horizon", "Opération Phénix", ticket numbers: names that only mean something inside a company.</summary>
    private static bool LooksLikeACodeName(string subject)
    {
        if (subject.Any(character => character is '#' or '[' or '€' or '$' or '%') || subject.Count(char.IsDigit) >= 3) return true;
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1).Any(word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower))
            && words.Any(word => Fold(word) is "project" or "projet" or "operation" or "programme" or "program" or "codename");
    }

    private static string WithoutPrefixes(string? subject)
    {
        var text = (subject ?? "").Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var prefix in ReplyPrefixes)
            {
                if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                text = text[prefix.Length..].Trim();
                changed = true;
            }
        }
        return text;
    }

    private static List<string> Words(string text) =>
        [.. Fold(text).Split([' ', ',', '.', ';', '!', '?', '(', ')', '/', '–', '—', '"', '\'', '«', '»', '’'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Lowercase without accents, so that "Déjeuner" and "dejeuner" are one word.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark) folded.Append(character);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
