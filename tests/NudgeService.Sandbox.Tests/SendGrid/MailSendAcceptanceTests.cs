using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;
using SendGrid.Helpers.Mail;

namespace NudgeService.Sandbox.Tests.SendGrid;

public sealed class MailSendAcceptanceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Unsubscribe = "<https://nudge.example/unsubscribe?u=alice>, <mailto:unsubscribe@nudge.example?subject=alice>";
    private const string Html = "<p>3 people are waiting for a reply.</p><p><a href=\"https://nudge.example/open?d=42\">Open Nudge</a></p>";

    private SandboxServer Sandbox => fixture.Server;

    private SendGridOutbox Outbox => Sandbox.Services.GetRequiredService<SendGridOutbox>();

    [Fact]
    public async Task An_accepted_message_gets_202_and_a_message_id_and_the_admin_list_keeps_its_settings()
    {
        var client = SandboxSendGrid.CreateClient(Sandbox);

        var response = await client.SendEmailAsync(DigestMessage("Your week: 3 people are waiting for a reply"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("", await response.Body.ReadAsStringAsync());
        var id = Assert.Single(response.Headers.GetValues("X-Message-Id"));
        Assert.Matches("^[A-Za-z0-9_-]{22}$", id);

        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        using var list = JsonDocument.Parse(await http.GetStringAsync("sandbox/sendgrid/messages"));
        var sent = list.RootElement.EnumerateArray().Single(message => message.GetProperty("id").GetString() == id);
        Assert.Equal("digest@nudge.example", sent.GetProperty("from").GetProperty("email").GetString());
        var personalization = Assert.Single(sent.GetProperty("personalizations").EnumerateArray());
        Assert.Equal("alice@contoso.example", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("Your week: 3 people are waiting for a reply", personalization.GetProperty("subject").GetString());
        Assert.Equal(Unsubscribe, personalization.GetProperty("headers").GetProperty("List-Unsubscribe").GetString());
        Assert.Equal("List-Unsubscribe=One-Click", personalization.GetProperty("headers").GetProperty("List-Unsubscribe-Post").GetString());
        Assert.Equal("d-42", personalization.GetProperty("customArgs").GetProperty("digest_id").GetString());
        Assert.Equal("mailbox-7", sent.GetProperty("customArgs").GetProperty("mailbox").GetString());
        Assert.Equal(["digest", "weekly"], sent.GetProperty("categories").EnumerateArray().Select(category => category.GetString()));
        Assert.Equal(["text/plain", "text/html"], sent.GetProperty("contents").EnumerateArray().Select(content => content.GetProperty("type").GetString()));
        Assert.False(sent.GetProperty("tracking").GetProperty("clickTracking").GetBoolean());
        Assert.False(sent.GetProperty("tracking").GetProperty("openTracking").GetBoolean());
        Assert.Equal("digest@nudge.example", sent.GetProperty("raw").GetProperty("from").GetProperty("email").GetString());
        Assert.DoesNotContain(Sandbox.Options.SendGridApiKey, list.RootElement.GetRawText());
        Assert.True(DateTimeOffset.UtcNow - sent.GetProperty("receivedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_message_page_shows_headers_and_settings_and_renders_the_html_part_in_a_sandboxed_frame()
    {
        var id = await SendAsync(DigestMessage("Weekly digest"));
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        var page = await http.GetStringAsync($"outbox/{id}");

        Assert.Contains("Nudge &lt;digest@nudge.example&gt;", page);
        Assert.Contains("Alice Owner &lt;alice@contoso.example&gt;", page);
        Assert.Contains("<th>List-Unsubscribe</th><td>&lt;https://nudge.example/unsubscribe?u=alice&gt;, &lt;mailto:unsubscribe@nudge.example?subject=alice&gt;</td>", page);
        Assert.Contains("<th>Categories</th><td>digest, weekly</td>", page);
        Assert.Contains("digest_id=d-42", page);
        Assert.Contains("mailbox=mailbox-7", page);
        Assert.Contains("<th>Click tracking</th><td>off</td>", page);
        Assert.Contains("<iframe title=\"HTML part\" sandbox=\"allow-popups allow-popups-to-escape-sandbox allow-forms allow-top-navigation-by-user-activation\" srcdoc=\"", page);
        Assert.Contains("&lt;a href=&quot;https://nudge.example/open?d=42&quot;&gt;Open Nudge&lt;/a&gt;", page);
        Assert.Contains("<pre>3 people are waiting for a reply.</pre>", page);
        Assert.Contains($"href=\"/outbox/{id}/raw\"", page);
    }

    [Fact]
    public async Task A_script_in_the_subject_is_encoded_on_the_outbox_pages()
    {
        var id = await SendAsync(DigestMessage("Hello <script>alert('sandbox')</script>"));
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        var messagePage = await http.GetStringAsync($"outbox/{id}");
        var listPage = await http.GetStringAsync("outbox");

        foreach (var page in new[] { messagePage, listPage })
        {
            Assert.DoesNotContain("<script>", page);
            Assert.Contains("Hello &lt;script&gt;alert(&#x27;sandbox&#x27;)&lt;/script&gt;", page);
        }
    }

    [Fact]
    public async Task The_html_and_raw_endpoints_return_the_parts_as_sent()
    {
        var id = await SendAsync(DigestMessage("Parts"));
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        var html = await http.GetAsync($"outbox/{id}/html");
        var raw = await http.GetAsync($"outbox/{id}/raw");

        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Html, await html.Content.ReadAsStringAsync());
        Assert.Equal("application/json", raw.Content.Headers.ContentType?.MediaType);
        using var rawJson = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
        Assert.Equal(2, rawJson.RootElement.GetProperty("categories").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("outbox/no-such-message")).StatusCode);
    }

    [Fact]
    public async Task The_outbox_page_lists_messages_newest_first_and_clearing_empties_it()
    {
        var older = await SendAsync(DigestMessage("Older digest"));
        var newer = await SendAsync(DigestMessage("Newer digest"));
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        var page = await http.GetStringAsync("outbox");
        var cleared = await http.DeleteAsync("sandbox/sendgrid/messages");

        Assert.True(page.IndexOf($"/outbox/{newer}", StringComparison.Ordinal) < page.IndexOf($"/outbox/{older}", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(Outbox.All());
        Assert.Equal("[]", await http.GetStringAsync("sandbox/sendgrid/messages"));
    }

    [Fact]
    public async Task Sandbox_mode_validates_and_answers_200_without_delivering()
    {
        var before = Outbox.All().Count;
        var message = DigestMessage("Only checking");
        message.SetSandBoxMode(true);

        var response = await SandboxSendGrid.CreateClient(Sandbox).SendEmailAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Message-Id"));
        Assert.Equal(before, Outbox.All().Count);
    }

    private async Task<string> SendAsync(SendGridMessage message)
    {
        var response = await SandboxSendGrid.CreateClient(Sandbox).SendEmailAsync(message);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.GetValues("X-Message-Id").Single();
    }

    private static SendGridMessage DigestMessage(string subject)
    {
        var message = MailHelper.CreateSingleEmail(
            new EmailAddress("digest@nudge.example", "Nudge"),
            new EmailAddress("alice@contoso.example", "Alice Owner"),
            subject,
            "3 people are waiting for a reply.",
            Html);
        message.AddCategories(["digest", "weekly"]);
        message.AddCustomArg("digest_id", "d-42");
        message.AddGlobalCustomArg("mailbox", "mailbox-7");
        message.AddHeader("List-Unsubscribe", Unsubscribe);
        message.AddHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.SetClickTracking(false, false);
        message.SetOpenTracking(false);
        return message;
    }
}
