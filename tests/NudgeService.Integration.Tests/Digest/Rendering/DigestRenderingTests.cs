using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Templates;
using static NudgeService.Integration.Tests.Digest.Rendering.SampleDigests;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class DigestRenderingTests
{
    private static readonly LiquidDigestRenderer Renderer = new();

    [Fact]
    public void The_subject_says_what_is_inside_with_counts_matching_the_sections_in_English()
    {
        var digest = Renderer.Render(Digest("en",
            Item(NudgeKind.Birthday, "Claire Martin", "Birthday on Thursday", Monday.AddDays(3)),
            Item(NudgeKind.Reconnect, "Ann Lee", "…"), Item(NudgeKind.CheckIn, "Bo Ng", "…"), Item(NudgeKind.Reconnect, "Eve Roy", "…")));

        Assert.Equal("Claire's birthday on Thursday · News from Bo · 2 people to reconnect with", digest.Subject);
        Assert.Equal("Claire, Ann, Bo and Eve: a message drafted for each, ready to send.", digest.Preheader);
    }

    [Fact]
    public void The_subject_says_what_is_inside_with_counts_matching_the_sections_in_French()
    {
        var digest = Renderer.Render(Digest("fr",
            Item(NudgeKind.Birthday, "Claire Martin", "Anniversaire jeudi", Monday.AddDays(3)),
            Item(NudgeKind.Reconnect, "Ann Lee", "…"), Item(NudgeKind.NewDomain, "Bo Ng", "…"), Item(NudgeKind.Reconnect, "Eve Roy", "…"),
            Item(NudgeKind.SeeingSoon, "Marc Dubois", "…", Monday.AddDays(1)), Item(NudgeKind.Reconnect, "Yan Wu", "…")));

        Assert.Equal("Anniversaire de Claire jeudi · Des nouvelles de Bo · 3 personnes à recontacter · Rendez-vous avec Marc demain", digest.Subject);
        Assert.Equal("Claire, Ann, Bo et 3 autres : un message prêt à envoyer pour chacun.", digest.Preheader);
    }

    [Theory]
    [InlineData("en", "This is your first look. From now on it comes once a week, on Monday at 08:00")]
    [InlineData("fr", "Voici votre premier aperçu. Désormais, il arrive une fois par semaine, le lundi à 08:00")]
    public void The_first_look_says_how_the_weekly_digest_works_and_later_digests_do_not(string language, string line)
    {
        var first = Renderer.Render(SampleDigests.Realistic(language) with { FirstLook = new DigestSlot(DayOfWeek.Monday, 8) });
        var later = Renderer.Render(SampleDigests.Realistic(language));

        Assert.Contains(line, first.Html);
        Assert.Contains(line, first.Text);
        Assert.DoesNotContain(line[..20], later.Html);
        Assert.DoesNotContain(line[..20], later.Text);
    }

    [Theory]
    [InlineData("en", "Their news", "To reconnect with")]
    [InlineData("fr", "Du nouveau", "À recontacter")]
    public void A_new_employer_is_news_not_a_reconnect(string language, string news, string reconnect)
    {
        var digest = Renderer.Render(Digest(language, Item(NudgeKind.NewDomain, "Rahul Rao", "…")));

        Assert.Contains(news, digest.Html);
        Assert.DoesNotContain(reconnect, digest.Html);
        Assert.Contains(news.ToUpper(System.Globalization.CultureInfo.InvariantCulture), digest.Text);
        Assert.DoesNotContain(language == "fr" ? "recontacter" : "reconnect", digest.Subject);
    }

    [Theory]
    [InlineData("en", "Anne's new role · 1 person to reconnect with")]
    [InlineData("fr", "Nouveau poste pour Anne · 1 personne à recontacter")]
    public void A_single_new_role_and_one_reconnect_read_in_the_singular(string language, string subject)
    {
        var digest = Renderer.Render(Digest(language, Item(NudgeKind.NewRole, "Anne Roy", "…"), Item(NudgeKind.Reconnect, "Ann Lee", "…")));

        Assert.Equal(subject, digest.Subject);
    }

    [Fact]
    public void French_elides_de_before_a_vowel()
    {
        var digest = Renderer.Render(Digest("fr", Item(NudgeKind.Birthday, "Élodie Roy", "…", Monday)));

        Assert.Equal("Anniversaire d'Élodie aujourd'hui", digest.Subject);
    }

    [Theory]
    [InlineData("en", "To celebrate", "To reconnect with", "Coming up", "Week of 10 March")]
    [InlineData("fr", "À fêter", "À recontacter", "À venir", "Semaine du 10 mars")]
    public void Every_section_appears_in_order_with_dates_in_the_language(string language, string celebrate, string reconnect, string comingUp, string week)
    {
        var html = Renderer.Render(Realistic(language)).Html;

        Assert.Contains($"lang=\"{language}\"", html);
        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", html);
        Assert.Contains(week, html);
        Assert.True(html.IndexOf(celebrate) < html.IndexOf(reconnect) && html.IndexOf(reconnect) < html.IndexOf(comingUp), html);
    }

    [Fact]
    public void Hostile_names_and_drafts_are_HTML_encoded()
    {
        var digest = Renderer.Render(Digest("en",
            Item(NudgeKind.Reconnect, "<script>alert(1)</script> \"Bob\" O'Neil", "Why <img src=x onerror=alert(1)>",
                body: "Hi </div><a href=\"javascript:alert(1)\">x</a>\n\nSam")));

        Assert.DoesNotContain("<script>", digest.Html);
        Assert.DoesNotContain("<img", digest.Html);
        Assert.DoesNotContain("href=\"javascript:", digest.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Bob&quot; O&#x27;Neil", digest.Html);
        Assert.Contains("<script>alert(1)</script> \"Bob\" O'Neil", digest.Text);
    }

    [Fact]
    public void Right_to_left_names_and_emoji_survive_encoding()
    {
        var digest = Renderer.Render(Realistic("en"));

        Assert.Contains("<bdi>יעל כהן</bdi>", digest.Html);
        Assert.Contains("&#x1F30D;", digest.Html);
        Assert.Contains("Zoë 🌍 Ng", digest.Text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_plain_text_part_has_every_link(string language)
    {
        var view = Realistic(language);
        var digest = Renderer.Render(view);
        var links = view.Items.SelectMany(item => new[] { item.Actions.Send, item.Actions.EditInOutlook, item.Actions.Snooze, item.Actions.NotThisPerson })
            .OfType<string>()
            .Concat([view.Footer.Preferences, view.Footer.Disconnect, view.Footer.Unsubscribe]);

        Assert.All(links, link => Assert.Contains(link, digest.Text));
        Assert.All(links, link => Assert.Contains($"href=\"{link.Replace("&", "&amp;")}\"", digest.Html));
        Assert.All(view.Items, item => Assert.Contains(item.Why, digest.Text));
        Assert.All(view.Items, item => Assert.Contains(item.Draft.Body.Split('\n')[^1], digest.Text));
    }

    [Theory]
    [InlineData("en", "Edit in Outlook")]
    [InlineData("fr", "Modifier dans Outlook")]
    public void Edit_in_Outlook_appears_only_with_its_link(string language, string label)
    {
        var withEdit = Renderer.Render(Digest(language, Item(NudgeKind.Reconnect, "Ann Lee", "…", canEdit: true)));
        var withoutEdit = Renderer.Render(Digest(language, Item(NudgeKind.Reconnect, "Ann Lee", "…", canEdit: false)));

        Assert.Contains(label, withEdit.Html);
        Assert.Contains(label, withEdit.Text);
        Assert.DoesNotContain(label, withoutEdit.Html);
        Assert.DoesNotContain(label, withoutEdit.Text);
    }

    [Theory]
    [InlineData("en", "Nothing worth a word this week")]
    [InlineData("fr", "Rien de particulier cette semaine")]
    public void A_quiet_week_is_a_short_note_with_the_footer(string language, string note)
    {
        var digest = Renderer.Render(Quiet(language));

        Assert.Equal(note, digest.Subject);
        Assert.Contains(note, digest.Html);
        Assert.Contains(note, digest.Text);
        Assert.Contains(Footer.Unsubscribe, digest.Text);
        Assert.True(digest.Text.Split('\n').Length < 12, digest.Text);
    }

    [Fact]
    public void The_drafted_message_keeps_its_paragraphs_and_line_breaks()
    {
        var digest = Renderer.Render(Digest("en", Item(NudgeKind.Reconnect, "Ann Lee", "…", body: "Hi Ann,\n\nHow are you?\n\nBest,\nSam")));

        Assert.Contains("<p style=\"margin:0 0 8px;\">Best,<br>Sam</p>", digest.Html);
        Assert.Contains("    How are you?\n", digest.Text);
    }

    private static DigestView Digest(string language, params DigestItem[] items) => new(language, "Sam", Monday, Monday, items, Footer);
}
