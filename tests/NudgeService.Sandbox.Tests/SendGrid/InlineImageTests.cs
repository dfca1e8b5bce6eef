using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace NudgeService.Sandbox.Tests.SendGrid;

/// <summary>Pictures carried inside an email and shown by Content-ID, as the quarterly review sends its own.</summary>
public sealed class InlineImageTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private SandboxServer Sandbox => fixture.Server;

    private SendGridOutbox Outbox => Sandbox.Services.GetRequiredService<SendGridOutbox>();

    private SendGridClient Client => SandboxSendGrid.CreateClient(Sandbox);

    [Fact]
    public async Task An_inline_picture_sent_by_the_client_is_kept_and_shown_in_place_of_its_cid()
    {
        var message = MailHelper.CreateSingleEmail(new EmailAddress("digest@nudge.example", "Nudge"), new EmailAddress("alice@contoso.example"),
            "Your network this quarter", "Your network: 12 people.", "<p><img src=\"cid:network\" alt=\"Your network: 12 people.\"></p>");
        message.AddAttachment(new Attachment { Content = Convert.ToBase64String(Png), Filename = "network.png", Type = "image/png", Disposition = "inline", ContentId = "network" });

        var response = await Client.SendEmailAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Outbox.Find(response.Headers.GetValues("X-Message-Id").Single())!;
        var picture = Assert.Single(sent.Attachments);
        Assert.True(picture.Inline);
        Assert.Equal(Png, Convert.FromBase64String(picture.Content));
        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(Png)}\"", sent.DisplayedHtml(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "image/png", "An inline attachment must have a content_id")]
    [InlineData("elsewhere", "image/png", "is not shown by the text/html content")]
    [InlineData("network", "application/pdf", "An inline attachment must be an image")]
    public async Task An_inline_picture_the_html_cannot_show_is_refused(string? contentId, string type, string expected)
    {
        var attachment = new JsonObject { ["content"] = Convert.ToBase64String(Png), ["filename"] = "network.png", ["type"] = type, ["disposition"] = "inline" };
        if (contentId is not null) attachment["content_id"] = contentId;

        var errors = await RejectedAsync(WithPicture(attachment));

        Assert.Contains(errors, error => error.Message.Contains(expected, StringComparison.Ordinal) && error.Field!.StartsWith("attachments.0.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Content_that_is_not_base64_is_refused()
    {
        var errors = await RejectedAsync(WithPicture(new JsonObject
        {
            ["content"] = "not base64!", ["filename"] = "network.png", ["type"] = "image/png", ["disposition"] = "inline", ["content_id"] = "network",
        }));

        Assert.Contains(errors, error => error.Field == "attachments.0.content" && error.Message == "The attachment content must be base64 encoded.");
    }

    [Fact]
    public async Task Two_pictures_with_one_content_id_are_refused()
    {
        var picture = new JsonObject { ["content"] = Convert.ToBase64String(Png), ["filename"] = "network.png", ["type"] = "image/png", ["disposition"] = "inline", ["content_id"] = "network" };
        var message = WithPicture(picture);
        message["attachments"]!.AsArray().Add(picture.DeepClone());

        var errors = await RejectedAsync(message);

        Assert.Contains(errors, error => error.Field == "attachments.1.content_id" && error.Message.Contains("more than one attachment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_over_30_MB_with_its_pictures_is_refused_as_too_large()
    {
        var picture = new JsonObject
        {
            ["content"] = Convert.ToBase64String(new byte[23 * 1024 * 1024]), ["filename"] = "network.png", ["type"] = "image/png", ["disposition"] = "inline", ["content_id"] = "network",
        };
        var before = Outbox.All().Count;

        var response = await Client.SendRawAsync(WithPicture(picture));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Outbox.All().Count);
    }

    private static JsonObject WithPicture(JsonObject attachment)
    {
        var message = SandboxSendGrid.MinimalMessage();
        message["content"]![1]!["value"] = "<p><img src=\"cid:network\" alt=\"Your network\"></p>";
        message["attachments"] = new JsonArray(attachment);
        return message;
    }

    private async Task<IReadOnlyList<SandboxSendGrid.ErrorEntry>> RejectedAsync(JsonObject message)
    {
        var before = Outbox.All().Count;
        var response = await Client.SendRawAsync(message);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Outbox.All().Count);
        return await SandboxSendGrid.ErrorsAsync(response);
    }
}
