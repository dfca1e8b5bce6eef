using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NudgeService.Testing;
using SendGrid.Helpers.Mail;

namespace NudgeService.Sandbox.Tests.SendGrid;

/// <summary>The sandbox's signed Event Webhook: SendGrid's settings API behind the API key, and posts signed as SendGrid signs them.</summary>
public sealed class EventWebhookTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task The_verification_key_needs_the_API_key_and_verifies_what_the_sandbox_posts()
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.BaseUrl };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("v3/user/webhooks/event/settings/signed")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Server.Options.SendGridApiKey);
        var publicKey = (string)(await client.GetFromJsonAsync<JsonObject>("v3/user/webhooks/event/settings/signed"))!["public_key"]!;
        // Nothing listens on port 9 of loopback: the post is made, signed, and refused by the network.
        var settings = await client.PatchAsync("v3/user/webhooks/event/settings", JsonContent.Create(new { enabled = true, url = "http://127.0.0.1:9/events" }));
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        var message = new SendGridMessage { From = new EmailAddress("digest@nudge.example"), Subject = "Your week", PlainTextContent = "Hello" };
        message.AddTo("owner@contoso.example");
        message.AddCustomArg("user_id", "user-1");
        var sent = await SandboxSendGrid.CreateClient(fixture.Server).SendEmailAsync(message);
        var id = sent.Headers.GetValues("X-Message-Id").Single();

        var post = await client.PostAsJsonAsync($"sandbox/sendgrid/messages/{id}/events", new { @event = "bounce", type = "blocked" });
        var made = (await post.Content.ReadFromJsonAsync<JsonObject>())!;

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKey), out _);
        var signed = Encoding.UTF8.GetBytes((string)made["timestamp"]! + (string)made["body"]!);
        Assert.True(key.VerifyData(signed, Convert.FromBase64String((string)made["signature"]!), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var events = JsonNode.Parse((string)made["body"]!)!.AsArray();
        var bounce = Assert.Single(events)!;
        Assert.Equal("bounce", (string?)bounce["event"]);
        Assert.Equal("blocked", (string?)bounce["type"]);
        Assert.Equal("user-1", (string?)bounce["user_id"]);
        Assert.StartsWith(id, (string?)bounce["sg_message_id"]);
    }
}
