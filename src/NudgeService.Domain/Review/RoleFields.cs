namespace NudgeService.Domain.Review;

/// <summary>
/// The field of work a job title on a contact card names, in English or French, from its words:
/// people of one field at different organisations may gain from knowing each other. Titles of
/// general management name no field.
/// </summary>
public static class RoleFields
{
    private static readonly (string Field, string[] Words)[] Lexicon =
    [
        ("data", ["data", "données", "machine learning", "analytics"]),
        ("finance", ["financ", "contrôleur de gestion", "contrôleuse de gestion", "controller", "cfo", "daf", "comptab"]),
        ("software", ["software", "logiciel", "développeu", "developer", "engineer", "ingénieur logiciel"]),
        ("product", ["product", "produit"]),
        ("projects", ["project", "projet", "programme", "program manager"]),
        ("sales", ["sales", "commercial", "account executive", "business development", "partenariat", "partnership"]),
        ("purchasing", ["achat", "acheteu", "procurement", "buyer", "purchasing"]),
        ("legal", ["legal", "juriste", "avocat", "counsel", "lawyer", "juridique"]),
        ("people", ["hr", "rh", "ressources humaines", "human resources", "talent", "recrut"]),
        ("marketing", ["marketing", "communication", "brand", "marque"]),
        ("operations", ["operations", "opérations", "supply chain", "logistique"]),
        ("consulting", ["consultant"]),
    ];

    public static string? Of(string? jobTitle)
    {
        if (string.IsNullOrWhiteSpace(jobTitle)) return null;
        var title = jobTitle.Trim().ToLowerInvariant();
        var words = title.Split([' ', '-', ',', '/', '&'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (field, cues) in Lexicon)
        {
            foreach (var cue in cues)
            {
                // Short cues (HR, RH, CFO) must be whole words; longer ones may start a word.
                if (cue.Length <= 3 ? words.Contains(cue.Trim()) : title.Contains(cue, StringComparison.Ordinal)) return field;
            }
        }
        return null;
    }
}
