using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Domain.Planning;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>What an attacker, a broken client or a link checker sends to the links of a digest.</summary>
[Collection(ActionsEnvironment.Name)]
public sealed class HostileInputTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Malformed_forms_get_a_4xx_page_and_change_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 280);
        var nudge = await digest.FirstNudgeAsync();
        var disconnectToken = QueryHelpers.ParseQuery(new Uri(DisconnectLink(digest)).Query)["token"].ToString();
        var disconnect = new Uri(environment.Web.BaseUrl, AccountEndpointsRoute);
        var send = digest.LinkTo(LinkAction.Send, nudge);
        var unsubscribe = digest.AccountLink(LinkAction.Unsubscribe);
        var tokenField = "token=" + Uri.EscapeDataString(disconnectToken);
        var cases = new (string Name, string Url, HttpContent Body)[]
        {
            ("more than 1,024 fields", disconnect.ToString(), Form(tokenField + string.Concat(Enumerable.Range(0, 1100).Select(i => $"&f{i}=x")))),
            ("a 3,000-character field name", disconnect.ToString(), Form(tokenField + "&" + new string('n', 3000) + "=x")),
            ("multipart without a boundary", disconnect.ToString(), Multipart("multipart/form-data", Part("token", disconnectToken) + "--b--\r\n")),
            ("a broken part header", disconnect.ToString(), Multipart("multipart/form-data; boundary=b", "--b\r\nContent-Disposition form-data name token\r\n\r\n" + disconnectToken + "\r\n--b--\r\n")),
            ("a truncated multipart body", disconnect.ToString(), Multipart("multipart/form-data; boundary=b", Part("token", disconnectToken)[..^12])),
            ("a truncated multipart body to a nudge", send, Multipart("multipart/form-data; boundary=b", Part("subject", "Hello") + Part("body", "Hi")[..^4])),
            ("a truncated multipart body to an account link", unsubscribe, Multipart("multipart/form-data; boundary=b", Part("List-Unsubscribe", "One-Click")[..^6])),
        };
        using var browser = environment.Browser();

        foreach (var (name, url, body) in cases)
        {
            var page = await ActionPage.ReadAsync(await browser.PostAsync(url, body));
            Assert.True(page.Status is >= 400 and < 500, $"{name} answered {page.Status}.");
            Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
            Assert.True(page.HasSecurityHeaders, name);
        }
        Assert.Equal(AccountStatus.Active, (await digest.AccountAsync()).Status);
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        Assert.Empty(digest.Mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task Head_answers_as_get_would_without_a_body_on_every_link_and_changes_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 281);
        var nudge = await digest.FirstNudgeAsync();
        var links = digest.Links().Append(new Uri(environment.Web.BaseUrl, "api/connect?lang=en").ToString()).ToList();
        Assert.Contains(links, link => link.Contains("/api/n/", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Contains("/api/u/", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Contains("/api/account/disconnect", StringComparison.Ordinal));
        using var browser = environment.Browser();

        foreach (var link in links)
        {
            using var head = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, link));
            using var get = await browser.GetAsync(link);
            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {link} answered {(int)head.StatusCode}, GET {(int)get.StatusCode}.");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(AccountStatus.Active, (await digest.AccountAsync()).Status);
        Assert.All(await digest.Persona.NudgesAsync(), each => Assert.Equal(SuggestionOutcome.Proposed, each.Outcome));
        Assert.Empty(digest.Mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task A_token_opens_its_link_in_exactly_one_spelling()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 282);
        var nudge = await digest.FirstNudgeAsync();
        var send = digest.LinkTo(LinkAction.Send, nudge);
        var root = send[..(send.LastIndexOf('/') + 1)];
        var token = send[root.Length..];
        var disconnect = DisconnectLink(digest);
        var variants = new List<string>
        {
            root + token + "=",
            root + token + "==",
            root + token + "%3D",
            root + "%20" + token,
            root + token + "%20",
            root + token[..10] + "%09" + token[10..],
            root + token[..10] + "%0A" + token[10..],
            root + token[..10] + "%0D%0A" + token[10..],
            disconnect + "%3D",
            disconnect.Replace("token=", "token=%20", StringComparison.Ordinal),
        };
        // The same bytes written with different spare bits in the last character.
        var bytes = WebEncoders.Base64UrlDecode(token);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        variants.AddRange(alphabet.Select(last => token[..^1] + last).Where(other => other != token && Decodes(other, bytes)).Select(other => root + other));
        using var browser = environment.Browser();

        Assert.Equal(200, (await ActionPage.GetAsync(browser, send)).Status);
        Assert.Equal(200, (await ActionPage.GetAsync(browser, disconnect)).Status);
        foreach (var variant in variants)
        {
            var page = await ActionPage.GetAsync(browser, variant);
            Assert.True(page.Status == 400, $"{variant} answered {page.Status}.");
            Assert.Empty(page.Forms);
        }
    }

    [Fact]
    public async Task A_link_shows_nobody_whose_it_is_and_still_opens_after_a_key_rotation()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 285);
        var userId = digest.Persona.UserId;
        var links = digest.Links();
        Assert.NotEmpty(links);

        foreach (var link in links)
        {
            var sealedToken = link.Contains("token=", StringComparison.Ordinal) ? QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString() : link[(link.LastIndexOf('/') + 1)..];
            Assert.DoesNotContain(userId, Encoding.ASCII.GetString(WebEncoders.Base64UrlDecode(sealedToken)), StringComparison.Ordinal);
            Assert.True(sealedToken.Length <= 100, $"{sealedToken} is {sealedToken.Length} characters long.");
        }
        var current = environment.Settings["Nudge:Links:SigningKey"]!;
        var send = digest.LinkTo(LinkAction.Send, await digest.FirstNudgeAsync());
        var token = send[(send.LastIndexOf('/') + 1)..];
        var rotated = new ActionTokens(new LinkSigningKeys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), [current])).Read(token, DateTimeOffset.UtcNow);
        var dropped = new ActionTokens(new LinkSigningKeys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), [])).Read(token, DateTimeOffset.UtcNow);
        Assert.True(rotated.IsValid);
        Assert.Equal(userId, rotated.Token!.UserId);
        Assert.Equal(LinkAction.Send, rotated.Token.Action);
        Assert.Equal(TokenProblem.Tampered, dropped.Problem);
    }

    [Fact]
    public async Task A_send_link_alone_sends_only_the_drafted_message_never_a_subject_or_text_of_its_holders_choosing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 283);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));
        var attempts = new Dictionary<string, string>[]
        {
            new() { [NudgePages.SubjectField] = "Catching up\r\nBcc: someone.else@example.com\u0007\u001B soon", [NudgePages.BodyField] = nudge.Draft.Body },
            new() { [NudgePages.SubjectField] = nudge.Draft.Subject, [NudgePages.BodyField] = "Please wire 5,000 EUR to this account today." },
            new() { [NudgePages.BodyField] = nudge.Draft.Body + "\n\nP.S. my new address is attacker@example.com" },
        };

        foreach (var attempt in attempts)
        {
            var refused = await page.SubmitAsync(browser, environment.Web.BaseUrl, attempt);
            Assert.Equal(403, refused.Status);
            Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        }
        Assert.Empty(digest.Mailbox.SentThroughGraph);

        var sent = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string> { [NudgePages.SubjectField] = nudge.Draft.Subject, [NudgePages.BodyField] = nudge.Draft.Body });
        Assert.Equal(200, sent.Status);
        var message = Assert.Single(digest.Mailbox.SentThroughGraph);
        Assert.Equal(nudge.Draft.Subject, message.Subject);
        Assert.DoesNotContain(message.Subject, char.IsControl);
        Assert.Equal([nudge.Address], message.To.Select(to => to.Address));
    }

    [Fact]
    public async Task Bidirectional_controls_in_names_are_neutralised_in_the_digest_its_drafts_and_the_pages()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 284, WithBidiControlsInNames);
        var nudges = await digest.Persona.NudgesAsync();
        Assert.Contains(nudges, each => each.PersonName.Contains('\u202E'));
        var subject = digest.Digest.SubjectFor(digest.Digest.Personalizations[0]) ?? "";

        Assert.False(HasBidiControl(subject), subject);
        Assert.False(HasBidiControl(digest.Digest.ContentOf("text/plain")!));
        Assert.False(HasBidiControl(System.Net.WebUtility.HtmlDecode(digest.Html)));
        Assert.All(nudges, each => Assert.False(HasBidiControl(each.Draft.Subject + each.Draft.Body), each.Draft.Body));

        using var browser = environment.Browser();
        var nudge = nudges.First(each => each.PersonName.Contains('\u202E'));
        foreach (var action in new[] { LinkAction.Send, LinkAction.Snooze, LinkAction.NotThisPerson })
        {
            var page = await ActionPage.GetAsync(browser, digest.LinkTo(action, nudge));
            Assert.Equal(200, page.Status);
            Assert.False(HasBidiControl(page.Text), action.ToString());
        }
        await (await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.NotThisPerson, nudge))).SubmitAsync(browser, environment.Web.BaseUrl);
        var preferences = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Preferences));
        Assert.Contains(preferences.Forms, form => form.Fields.ContainsKey(Subscription.PersonField));
        Assert.False(HasBidiControl(preferences.Text));
    }

    private const string AccountEndpointsRoute = "api/account/disconnect";

    private static string DisconnectLink(DigestInHand digest) => digest.Links().Single(link => link.Contains("/" + AccountEndpointsRoute + "?", StringComparison.Ordinal));

    private static bool Decodes(string text, byte[] bytes)
    {
        try
        {
            return WebEncoders.Base64UrlDecode(text).AsSpan().SequenceEqual(bytes);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static StringContent Form(string body) => new(body, Encoding.UTF8, "application/x-www-form-urlencoded");

    private static string Part(string name, string value) => $"--b\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private static ByteArrayContent Multipart(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static bool HasBidiControl(string text) =>
        text.Any(c => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    /// <summary>Every correspondent's name, on their contact card and in their mail, opens with a right-to-left override and holds an isolate.</summary>
    private static MailboxSeed WithBidiControlsInNames(MailboxSeed seed)
    {
        MailPerson Spoofed(MailPerson person) => person.Address == seed.Owner.Address || person.Name.Length == 0 ? person : person with { Name = "\u202E" + person.Name + "\u2067" };
        var contacts = seed.Contacts.Select(contact => new Contact
        {
            Number = contact.Number,
            CreatedAt = contact.CreatedAt,
            DeletedAt = contact.DeletedAt,
            Revisions = [.. contact.Revisions.Select(revision => revision with { Card = revision.Card with { GivenName = "\u202E" + revision.Card.GivenName } })],
        }).ToList();
        var messages = seed.Messages.Select(message => message with
        {
            From = Spoofed(message.From),
            Sender = Spoofed(message.Sender),
            To = [.. message.To.Select(Spoofed)],
            Cc = [.. message.Cc.Select(Spoofed)],
        }).ToList();
        return seed with { Contacts = contacts, Messages = messages };
    }
}
