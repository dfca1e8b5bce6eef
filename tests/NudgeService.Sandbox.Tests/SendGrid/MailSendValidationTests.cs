using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace NudgeService.Sandbox.Tests.SendGrid;

public sealed class MailSendValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    private SendGridOutbox Outbox => Sandbox.Services.GetRequiredService<SendGridOutbox>();

    private SendGridClient Client => SandboxSendGrid.CreateClient(Sandbox);

    [Fact]
    public async Task The_minimal_message_these_tests_start_from_is_accepted()
    {
        var response = await Client.SendRawAsync(SandboxSendGrid.MinimalMessage());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_from_is_rejected_with_the_from_email_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message.Remove("from");

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        var error = Assert.Single(errors);
        Assert.Equal("from.email", error.Field);
        Assert.StartsWith("The from object must be provided for every email send.", error.Message);
        Assert.Equal("http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from", error.Help);
    }

    [Fact]
    public async Task An_invalid_recipient_address_is_rejected_with_its_path_in_the_personalizations()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message["personalizations"]![0]!["to"]!.AsArray().Add(new JsonObject { ["email"] = "bob(at)fabrikam" });

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        Assert.Equal("personalizations.0.to.1.email", Assert.Single(errors).Field);
    }

    [Fact]
    public async Task An_invalid_from_address_is_rejected_with_the_from_email_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message["from"]!["email"] = "nudge@";

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        Assert.Equal(new SandboxSendGrid.ErrorEntry("The from email does not contain a valid address.", "from.email",
            "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from"), Assert.Single(errors));
    }

    [Fact]
    public async Task Html_before_plain_text_is_rejected_with_the_content_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message["content"] = new JsonArray(
            new JsonObject { ["type"] = "text/html", ["value"] = "<p>3 people are waiting.</p>" },
            new JsonObject { ["type"] = "text/plain", ["value"] = "3 people are waiting." });

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        var error = Assert.Single(errors);
        Assert.Equal("content", error.Field);
        Assert.Equal("If present, text/plain must be first, followed by text/html, followed by any other content.", error.Message);
    }

    [Fact]
    public async Task An_empty_content_value_is_rejected_with_the_value_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message["content"]![1]!["value"] = "";

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        Assert.Equal(new SandboxSendGrid.ErrorEntry("The content value must be a string at least one character in length.", "content.1.value",
            "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.content.value"), Assert.Single(errors));
    }

    [Fact]
    public async Task A_missing_subject_is_rejected_with_the_subject_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message.Remove("subject");

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        Assert.Equal("subject", Assert.Single(errors).Field);
    }

    [Fact]
    public async Task A_subject_in_every_personalization_replaces_the_top_level_one()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message.Remove("subject");
        message["personalizations"]![0]!["subject"] = "Just for Alice";

        var response = await Client.SendRawAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task More_than_ten_categories_are_rejected_with_the_categories_field()
    {
        var message = ClientMessage();
        message.AddCategories(Enumerable.Range(1, 11).Select(number => $"category-{number}").ToList());

        var errors = await RejectedAsync(() => Client.SendEmailAsync(message));

        Assert.Equal(new SandboxSendGrid.ErrorEntry("There is a limit of 10 categories for each email that is sent. You provided 11 categories.", "categories",
            "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.categories"), Assert.Single(errors));
    }

    [Theory]
    [InlineData("X-SG-ID")]
    [InlineData("dkim-signature")]
    [InlineData("Reply-To")]
    public async Task A_reserved_header_is_rejected_with_the_headers_field(string header)
    {
        var message = ClientMessage();
        message.AddHeader(header, "anything");

        var errors = await RejectedAsync(() => Client.SendEmailAsync(message));

        var error = Assert.Single(errors);
        Assert.Equal("personalizations.0.headers", error.Field);
        Assert.Equal("Header can not be one of the reserved keys.", error.Message);
    }

    [Fact]
    public async Task A_recipient_repeated_in_cc_is_rejected_with_the_personalization_field()
    {
        var message = ClientMessage();
        message.AddCc("Alice@Contoso.example", "Alice again");

        var errors = await RejectedAsync(() => Client.SendEmailAsync(message));

        var error = Assert.Single(errors);
        Assert.Equal("personalizations.0", error.Field);
        Assert.Contains("[Alice@Contoso.example] in the personalizations.0.cc field", error.Message);
    }

    [Fact]
    public async Task Several_problems_are_reported_together_each_with_its_field()
    {
        var message = SandboxSendGrid.MinimalMessage();
        message.Remove("from");
        message["personalizations"]![0]!["to"]![0]!["email"] = "not an address";
        message["content"]![0]!["value"] = "";
        message["headers"] = new JsonObject { ["Subject"] = "Overridden" };

        var errors = await RejectedAsync(() => Client.SendRawAsync(message));

        Assert.Equal(["content.0.value", "from.email", "headers", "personalizations.0.to.0.email"], errors.Select(error => error.Field).Order());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_400_bad_request()
    {
        var errors = await RejectedAsync(() => Client.RequestAsync(BaseClient.Method.POST, "{\"personalizations\": [", urlPath: "mail/send"));

        Assert.Equal(new SandboxSendGrid.ErrorEntry("Bad Request", null, null), Assert.Single(errors));
    }

    [Fact]
    public async Task A_wrong_api_key_is_answered_401_with_sendgrids_message()
    {
        var response = await SandboxSendGrid.CreateClient(Sandbox, apiKey: "SG.someone-elses-key").SendEmailAsync(ClientMessage());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = Assert.Single(await SandboxSendGrid.ErrorsAsync(response));
        Assert.Equal("The provided authorization grant is invalid, expired, or revoked", error.Message);
        Assert.Null(error.Field);
    }

    [Fact]
    public async Task A_missing_authorization_header_is_answered_401()
    {
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        var response = await http.PostAsync("v3/mail/send", new StringContent(SandboxSendGrid.MinimalMessage().ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("authorization required", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asserts a 400 that left the outbox as it was, and gives SendGrid's errors.</summary>
    private async Task<IReadOnlyList<SandboxSendGrid.ErrorEntry>> RejectedAsync(Func<Task<Response>> send)
    {
        var before = Outbox.All().Count;
        var response = await send();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Outbox.All().Count);
        return await SandboxSendGrid.ErrorsAsync(response);
    }

    private static SendGridMessage ClientMessage() => MailHelper.CreateSingleEmail(
        new EmailAddress("digest@nudge.example", "Nudge"),
        new EmailAddress("alice@contoso.example", "Alice Owner"),
        "Your week",
        "3 people are waiting.",
        "<p>3 people are waiting.</p>");
}
