using System.Globalization;
using Fluid;
using NudgeService.Application.Review;
using NudgeService.Application.Web;
using NudgeService.Domain.Review;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Lays out the quarterly review from <c>templates/{language}/review*.liquid</c> and draws its
/// picture; the alt text and the text part's summary come from one template, so they carry the same facts.
/// </summary>
public sealed class LiquidReviewRenderer : IReviewRenderer
{
    private readonly TemplateLibrary _library;

    public LiquidReviewRenderer() : this(TemplateLibrary.Embedded)
    {
    }

    public LiquidReviewRenderer(TemplateLibrary library) => _library = library;

    public RenderedReview Render(ReviewView review, string? pictureSource)
    {
        var language = Languages.From(review.Language);
        var model = Model(review, language);
        Draft(language, model);

        model["page_url"] = review.Links?.Page;
        model["unsubscribe_url"] = review.Links?.Unsubscribe;
        var subject = PlainText.OneLine(_library.Render(language, "review-subject", model, NullEncoder.Default));
        var summary = PlainText.OneLine(_library.Render(language, "review-summary", model, NullEncoder.Default));
        model["subject"] = subject;
        model["summary"] = summary;
        var words = language == Languages.French
            ? new PictureWords("Vous", "Votre organisation", "se rapproche", "stable", "s'éloigne", "perdu de vue")
            : new PictureWords("You", "Your organisation", "warming", "steady", "cooling", "lapsed");
        var picture = NetworkPictureRenderer.Draw(review.Picture, words);
        model["picture_src"] = pictureSource ?? "data:image/png;base64," + Convert.ToBase64String(picture);
        var html = _library.Render(language, "review.html", model, TemplateRendering.Html);
        var text = PlainText.Compact(_library.Render(language, "review.txt", model, NullEncoder.Default));
        return new RenderedReview(subject, html, text, picture, summary);
    }

    /// <summary>Each draft is its own template, written once in the item's register and shown alike in both parts.</summary>
    private void Draft(string language, Dictionary<string, object?> model)
    {
        string Text(string name, IReadOnlyDictionary<string, object?> values) => PlainText.OneLine(_library.Render(language, name, values, NullEncoder.Default));
        foreach (var bridge in (List<Dictionary<string, object?>>)model["bridges"]!) bridge["draft"] = Text("review-bridge", bridge);
        foreach (var thank in (List<Dictionary<string, object?>>)model["thanks"]!) thank["draft"] = Text("review-thanks", thank);
        if (model["introduction"] is not Dictionary<string, object?> introduction) return;
        var fieldWords = Text("review-field", introduction);
        introduction["field_words"] = fieldWords;
        var (first, second) = ((Dictionary<string, object?>)introduction["first"]!, (Dictionary<string, object?>)introduction["second"]!);
        foreach (var (to, other) in new[] { (first, second), (second, first) })
        {
            to["draft"] = Text("review-intro", new Dictionary<string, object?>(to)
            {
                ["other_name"] = other["name"], ["other_organisation"] = other["organisation"], ["field_words"] = fieldWords,
            });
        }
    }

    private static Dictionary<string, object?> Model(ReviewView review, string language)
    {
        var culture = Languages.Culture(language);
        return new Dictionary<string, object?>
        {
            ["lang"] = language,
            ["user_first_name"] = string.IsNullOrWhiteSpace(review.UserFirstName) ? null : review.UserFirstName.Trim(),
            ["quarter_number"] = review.Quarter.Number,
            ["quarter_year"] = review.Quarter.Year,
            ["layers"] = review.Layers.Select(layer => new Dictionary<string, object?>
            {
                ["layer"] = (int)layer.Tier, ["now"] = layer.Now, ["before"] = layer.Before, ["change"] = layer.Change,
                ["change_text"] = layer.Change.ToString("+0;−0;0", CultureInfo.InvariantCulture),
            }).ToList(),
            ["warming"] = review.Trends[TieTrend.Warming],
            ["steady"] = review.Trends[TieTrend.Steady],
            ["cooling"] = review.Trends[TieTrend.Cooling],
            ["lapsed_count"] = review.Trends[TieTrend.Lapsed],
            ["drawn"] = review.Picture.Dots.Count,
            ["weak_left_out"] = review.Picture.WeakTiesLeftOut,
            ["new_people"] = review.NewPeople,
            ["lapsed"] = review.Lapsed,
            ["one_sided"] = review.OneSided.Select(line => With(Person(line.Person), new()
            {
                ["user_writes"] = line.UserWrites, ["written"] = line.Written, ["answered"] = line.Answered, ["let_go"] = line.LetGo,
            })).ToList(),
            ["bridges"] = review.Bridges.Select(line => With(Person(line.Person), new()
            {
                ["organisation"] = line.Organisation, ["cooling"] = line.Trend is TieTrend.Cooling or TieTrend.Lapsed,
                ["silence_weeks"] = Math.Max(1, line.SilenceDays / 7), ["others"] = line.OthersThere,
            })).ToList(),
            ["thanks"] = review.Thanks.Select(line => With(Person(line.Person), new()
            {
                ["newcomer"] = line.Newcomer.Name, ["newcomer_first_name"] = line.Newcomer.FirstName,
                ["first_met"] = line.FirstMet.ToString("MMMM yyyy", culture), ["in_meeting"] = line.InMeeting,
            })).ToList(),
            ["introduction"] = review.Introduction is { } pair ? new Dictionary<string, object?>
            {
                ["first"] = With(Person(pair.First), new() { ["organisation"] = pair.FirstOrganisation }),
                ["second"] = With(Person(pair.Second), new() { ["organisation"] = pair.SecondOrganisation }),
                ["field"] = pair.Field,
            } : null,
        };
    }

    private static Dictionary<string, object?> Person(ReviewPerson person) => new()
    {
        ["name"] = person.Name, ["first_name"] = person.FirstName, ["familiar"] = person.Familiar,
    };

    private static Dictionary<string, object?> With(Dictionary<string, object?> values, Dictionary<string, object?> more)
    {
        foreach (var (key, value) in more) values[key] = value;
        return values;
    }
}
