using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Integration.Tests.Connect;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.MailEvents;

/// <summary>Posts to the Event Webhook count only when SendGrid's signature holds, is fresh, and was not seen before.</summary>
[Collection(MailEventsEnvironment.Name)]
public sealed class WebhookSignatureTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_post_the_sandbox_signed_with_its_key_is_taken()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 401);
        var welcome = Assert.Single(environment.EmailsTo(persona.Mailbox));

        var post = await environment.ReportAsync(welcome, "delivered");

        Assert.Equal(200, post.Status);
    }

    [Fact]
    public async Task A_tampered_body_under_a_genuine_signature_is_refused_and_changes_nothing()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 402);
        var welcome = Assert.Single(environment.EmailsTo(persona.Mailbox));
        var genuine = await environment.ReportAsync(welcome, "delivered");
        Assert.Equal(200, genuine.Status);

        var tampered = genuine.Body.Replace("\"delivered\"", "\"spamreport\"", StringComparison.Ordinal);
        var status = await environment.PostAsync(tampered, genuine.Signature, genuine.Timestamp);

        Assert.Equal(403, status);
        Assert.Equal(AccountStatus.Active, (await AccountAsync(persona)).Status);
    }

    [Fact]
    public async Task A_post_signed_ten_minutes_ago_is_refused_as_stale()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 403);
        var welcome = Assert.Single(environment.EmailsTo(persona.Mailbox));

        var stale = await environment.ReportAsync(welcome, "spamreport", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));

        Assert.Equal(401, stale.Status);
        Assert.Equal(AccountStatus.Active, (await AccountAsync(persona)).Status);
    }

    [Fact]
    public async Task The_same_signed_post_sent_again_is_refused_as_a_replay()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 404);
        var welcome = Assert.Single(environment.EmailsTo(persona.Mailbox));
        var genuine = await environment.ReportAsync(welcome, "delivered");
        Assert.Equal(200, genuine.Status);

        Assert.Equal(409, await environment.PostAsync(genuine.Body, genuine.Signature, genuine.Timestamp));
    }

    [Fact]
    public async Task An_unsigned_post_is_refused()
    {
        var body = "[{\"event\":\"spamreport\",\"email\":\"someone@example.com\",\"timestamp\":1700000000,\"user_id\":\"anyone\"}]";

        Assert.Equal(401, await environment.PostAsync(body, signature: null, timestamp: null));
        Assert.Equal(401, await environment.PostAsync(body, signature: "MEUCIQ==", timestamp: null));
    }

    private static async Task<UserAccount> AccountAsync(PersonaAtSlot persona) =>
        (await persona.Services.GetRequiredService<IUserStore>().FindAsync(persona.UserId, CancellationToken.None))!;
}
