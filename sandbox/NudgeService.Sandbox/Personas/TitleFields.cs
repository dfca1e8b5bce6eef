namespace NudgeService.Sandbox.Personas;

/// <summary>
/// The field of work each of the generator's job titles belongs to, as the generator knows it:
/// two people of one field at different organisations may gain from knowing each other.
/// General management titles belong to no field.
/// </summary>
internal static class TitleFields
{
    private static readonly Dictionary<string, string> FieldByTitle = new(StringComparer.Ordinal)
    {
        ["Directeur financier"] = "finance", ["Directrice financière"] = "finance", ["Contrôleur de gestion"] = "finance",
        ["Contrôleuse de gestion"] = "finance", ["Analyste financier"] = "finance", ["Analyste financière"] = "finance",
        ["Directeur administratif et financier"] = "finance", ["Directrice administrative et financière"] = "finance",
        ["Finance Director"] = "finance", ["Financial Controller"] = "finance", ["Financial Analyst"] = "finance",
        ["Director of Finance"] = "finance", ["Chief Financial Officer"] = "finance",
        ["Data scientist"] = "data", ["Head of Data"] = "data", ["Data Scientist"] = "data",
        ["Architecte logiciel"] = "software", ["Développeur"] = "software", ["Développeuse"] = "software",
        ["Software Architect"] = "software", ["Software Engineer"] = "software", ["Principal Engineer"] = "software",
        ["Product manager"] = "product", ["Product Manager"] = "product", ["Head of Product"] = "product",
        ["Chef de projet"] = "projects", ["Cheffe de projet"] = "projects", ["Directeur de projet"] = "projects",
        ["Directrice de projet"] = "projects", ["Project Manager"] = "projects", ["Senior Project Manager"] = "projects",
        ["Ingénieur commercial"] = "sales", ["Ingénieure commerciale"] = "sales", ["Directeur commercial"] = "sales",
        ["Directrice commerciale"] = "sales", ["Account Executive"] = "sales", ["Sales Director"] = "sales",
        ["Responsable partenariats"] = "sales", ["Partnerships Lead"] = "sales",
        ["Responsable des achats"] = "purchasing", ["Acheteur"] = "purchasing", ["Acheteuse"] = "purchasing",
        ["Procurement Lead"] = "purchasing", ["Buyer"] = "purchasing",
        ["Juriste"] = "legal", ["Avocat associé"] = "legal", ["Avocate associée"] = "legal", ["Legal Counsel"] = "legal",
        ["Responsable RH"] = "people", ["HR Business Partner"] = "people",
        ["Responsable marketing"] = "marketing", ["Chargé de communication"] = "marketing", ["Chargée de communication"] = "marketing",
        ["Marketing Manager"] = "marketing", ["Communications Manager"] = "marketing",
        ["Directeur des opérations"] = "operations", ["Directrice des opérations"] = "operations",
        ["Head of Operations"] = "operations", ["VP Operations"] = "operations",
        ["Consultant senior"] = "consulting", ["Consultante senior"] = "consulting", ["Senior Consultant"] = "consulting",
    };

    public static string? Of(string? title) => title is null ? null : FieldByTitle.GetValueOrDefault(title);

    /// <summary>Titles of one field in the persona's language, to plant two people of a field.</summary>
    public static IReadOnlyList<JobTitle> Of(string field, bool french) =>
        [.. CompanyPool.Titles(french).Concat(CompanyPool.SeniorTitles(french)).Where(title => Of(title.Masculine) == field)];
}
