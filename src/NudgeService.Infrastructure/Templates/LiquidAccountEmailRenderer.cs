using Fluid;
using NudgeService.Application.Email;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Lays out the welcome and reconnect emails from <c>templates/{language}/account-welcome*.liquid</c>
/// and <c>account-reconnect*.liquid</c>: the subject, the HTML part (every value HTML-encoded) and
/// the plain-text part that carries the same words and links.
/// </summary>
public sealed class LiquidAccountEmailRenderer(TemplateLibrary library) : IAccountEmailRenderer
{
    public LiquidAccountEmailRenderer() : this(TemplateLibrary.Embedded)
    {
    }

    public RenderedAccountEmail Welcome(WelcomeView welcome)
    {
        var language = Languages.From(welcome.Language);
        var culture = Languages.Culture(language);
        return Render(language, "account-welcome", new Dictionary<string, object?>
        {
            ["lang"] = language,
            ["first_name"] = welcome.FirstName,
            ["address"] = welcome.Address,
            ["digest_day"] = culture.DateTimeFormat.GetDayName(welcome.FirstDigest.DayOfWeek),
            ["digest_hour"] = welcome.FirstDigest.ToString("HH:mm", culture),
            ["time_zone"] = welcome.TimeZoneName,
            ["disconnect"] = welcome.DisconnectUrl,
        });
    }

    public RenderedAccountEmail Reconnect(ReconnectView reconnect)
    {
        var language = Languages.From(reconnect.Language);
        return Render(language, "account-reconnect", new Dictionary<string, object?>
        {
            ["lang"] = language,
            ["first_name"] = reconnect.FirstName,
            ["reconnect"] = reconnect.ReconnectUrl,
            ["disconnect"] = reconnect.DisconnectUrl,
        });
    }

    private RenderedAccountEmail Render(string language, string name, Dictionary<string, object?> model) => new(
        PlainText.OneLine(library.Render(language, $"{name}-subject", model, NullEncoder.Default)),
        library.Render(language, $"{name}.html", model, TemplateRendering.Html),
        PlainText.Compact(library.Render(language, $"{name}.txt", model, NullEncoder.Default)));
}
