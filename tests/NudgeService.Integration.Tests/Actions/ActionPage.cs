using System.Net;
using System.Text.RegularExpressions;
using NudgeService.Application.Web;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>A page of ours as a browser without JavaScript sees it: its status, its text and its forms with the values they would post.</summary>
internal sealed partial record ActionPage(int Status, string Html, IReadOnlyList<ActionPage.Form> Forms, HttpResponseMessage Response)
{
    internal sealed record Form(string Action, Dictionary<string, string> Fields);

    public static async Task<ActionPage> GetAsync(HttpClient browser, string url) => await ReadAsync(await browser.GetAsync(url));

    /// <summary>Submits the page's form (the only one, or the one holding <paramref name="field"/>), with some values changed.</summary>
    public async Task<ActionPage> SubmitAsync(HttpClient browser, Uri baseUrl, IReadOnlyDictionary<string, string>? changes = null, string? field = null)
    {
        var form = field is null ? Assert.Single(Forms) : Forms.First(candidate => candidate.Fields.ContainsKey(field));
        var values = new Dictionary<string, string>(form.Fields);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>()) values[name] = value;
        return await ReadAsync(await browser.PostAsync(new Uri(baseUrl, form.Action), new FormUrlEncodedContent(values)));
    }

    public static async Task<ActionPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var forms = FormElement().Matches(html).Select(match =>
        {
            var fields = new Dictionary<string, string>();
            foreach (Match input in Input().Matches(match.Groups["body"].Value))
            {
                var attributes = Attribute().Matches(input.Value).ToDictionary(attribute => attribute.Groups[1].Value, attribute => WebUtility.HtmlDecode(attribute.Groups[2].Value));
                if (attributes.GetValueOrDefault("type") == "radio" && !input.Value.Contains(" checked", StringComparison.Ordinal)) continue;
                fields[attributes["name"]] = attributes.GetValueOrDefault("value", "");
            }
            foreach (Match area in TextArea().Matches(match.Groups["body"].Value)) fields[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["text"].Value);
            return new Form(WebUtility.HtmlDecode(match.Groups["action"].Value), fields);
        }).ToList();
        return new ActionPage((int)response.StatusCode, html, forms, response);
    }

    /// <summary>The page's text as a reader sees it, without markup.</summary>
    public string Text => WebUtility.HtmlDecode(Tag().Replace(Html, " "));

    public bool HasSecurityHeaders => WebResult.SecurityHeaders.All(header =>
        Response.Headers.TryGetValues(header.Key, out var values) || Response.Content.Headers.TryGetValues(header.Key, out values) ? values!.Contains(header.Value) : false);

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\">(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<textarea [^>]*name=\"(?<name>[^\"]+)\"[^>]*>\\n(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
