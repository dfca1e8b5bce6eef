using System.Globalization;
using System.Text;

namespace NudgeService.Sandbox.Personas;

internal sealed record GivenName(string Display, string Slug, bool IsFemale);

internal sealed record Surname(string Display, string Slug);

/// <summary>Given names and surnames of one language, with their address forms.</summary>
internal sealed class NameSet
{
    public NameSet(string femaleNames, string maleNames, string surnames)
    {
        Given = [.. Split(femaleNames).Select(name => new GivenName(name, NamePool.Slug(name), true)),
                 .. Split(maleNames).Select(name => new GivenName(name, NamePool.Slug(name), false))];
        Surnames = [.. Split(surnames).Select(name => new Surname(name, NamePool.Slug(name)))];
    }

    public IReadOnlyList<GivenName> Given { get; }

    public IReadOnlyList<Surname> Surnames { get; }

    private static string[] Split(string names) => names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

internal static class NamePool
{
    public static readonly NameSet French = new(
        "Camille, Chloé, Léa, Manon, Inès, Sarah, Emma, Juliette, Louise, Alice, Claire, Sophie, Isabelle, Nathalie, Céline, " +
        "Aurélie, Émilie, Hélène, Valérie, Sandrine, Caroline, Marion, Pauline, Anne, Marie, Élodie, Laure, Agnès, Béatrice, " +
        "Margaux, Océane, Clémence, Mathilde, Charlotte, Delphine, Virginie, Florence, Stéphanie, Morgane, Anaïs, Solène, Maëlle",
        "Thomas, Nicolas, Julien, Maxime, Antoine, Alexandre, Pierre, Guillaume, Romain, Mathieu, Sébastien, François, Olivier, " +
        "Laurent, Christophe, Stéphane, Frédéric, Benoît, Jérôme, Vincent, Arnaud, Cédric, Damien, Hugo, Lucas, Louis, Théo, " +
        "Gabriel, Raphaël, Baptiste, Quentin, Clément, Adrien, Xavier, Yannick, Thibault, Grégoire, Éric, Philippe, Jean-Marc, Loïc, Hervé",
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Garcia, " +
        "David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefebvre, Mercier, Dupont, Lambert, Bonnet, François, " +
        "Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, " +
        "Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin, Masson, Sanchez, Gérard, Nguyen, Boyer, Denis, Lemaire, " +
        "Duval, Joly, Gautier, Roger, Roche, Roy, Noël, Meyer, Lucas, Meunier, Jean, Pérez, Marchand, Dufour, Blanchard, Barbier, " +
        "Brun, Dumas, Brunet, Schmitt, Leroux, Colin, Fernandez, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal, " +
        "Bourgeois, Renaud, Lemoine, Picard, Gaillard, Lacroix, Fabre, Dupuis, Benoît, Hamon, Le Gall, Texier, Besnard, Carré");

    public static readonly NameSet English = new(
        "Emily, Olivia, Sophie, Charlotte, Amelia, Grace, Hannah, Jessica, Lucy, Rebecca, Sarah, Laura, Rachel, Emma, Katherine, " +
        "Victoria, Eleanor, Harriet, Megan, Natalie, Abigail, Chloe, Zoe, Fiona, Helen, Jennifer, Michelle, Ashley, Lauren, " +
        "Madison, Priya, Aisha, Mei, Ananya, Holly, Imogen, Alice, Beth, Claire, Diana, Niamh, Siobhan",
        "James, Oliver, Jack, Harry, William, George, Thomas, Daniel, Samuel, Matthew, Andrew, Christopher, Michael, David, " +
        "Robert, Richard, Benjamin, Joseph, Edward, Henry, Charles, Alexander, Ryan, Nathan, Ethan, Tyler, Brandon, Justin, " +
        "Kevin, Brian, Patrick, Sean, Rahul, Arjun, Wei, Kenji, Liam, Noah, Owen, Simon, Callum, Rhys",
        "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson, Wright, " +
        "Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, " +
        "Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, " +
        "Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, " +
        "Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, " +
        "Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, " +
        "Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Chen, Kumar, Sharma, Nakamura, O'Brien, McKenzie, Fitzgerald");

    public static NameSet For(bool french) => french ? French : English;

    /// <summary>The form of a name inside an address: "Hélène" → "helene", "Le Gall" → "legall", "O'Brien" → "obrien".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(character) || character == '-') builder.Append(char.ToLowerInvariant(character));
        }
        return builder.ToString();
    }
}
