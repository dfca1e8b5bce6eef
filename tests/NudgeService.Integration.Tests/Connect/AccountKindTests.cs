using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

/// <summary>Accounts that are not a work mailbox in Exchange Online: one without a mailbox Graph can reach, and a personal Outlook.com account.</summary>
[Collection(ConnectEnvironment.Name)]
public sealed class AccountKindTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task An_account_without_an_Exchange_Online_mailbox_gets_a_page_saying_why_and_nothing_is_stored()
    {
        var seed = TestMailboxes.Create("OnPrem" + Guid.NewGuid().ToString("N")[..6]);
        var mailbox = environment.Sandbox.AddMailbox(seed with { Owner = seed.Owner with { Kind = MailboxKind.NoExchange } });

        var (callback, _) = await environment.ConnectAsync(mailbox);
        var page = await callback.Content.ReadAsStringAsync();

        Assert.Equal(403, (int)callback.StatusCode);
        Assert.Contains("no Exchange Online mailbox", page);
        Assert.Contains("Ask your IT administrator", page);
        Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
        Assert.Empty(environment.EmailsTo(mailbox));
    }

    [Fact]
    public async Task A_personal_account_signed_in_with_another_providers_address_gets_its_digests_in_the_connected_mailbox()
    {
        var mailbox = environment.Sandbox.AddMailbox(PersonaGenerator.Generate(PersonaSize.Small, 20 + Random.Shared.Next(1000), TestMailboxes.Now, MailboxKind.Personal));
        var owner = mailbox.Owner;
        Assert.EndsWith("@outlook.example", owner.Address);
        Assert.EndsWith("@gmail.example", owner.SignIn);

        var (callback, _) = await environment.ConnectAsync(mailbox);
        var page = await callback.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)callback.StatusCode);
        Assert.Contains(owner.Address, page);
        Assert.Contains(owner.SignIn, page);
        var account = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(UserIds.From(owner.ObjectId, MailboxOwner.ConsumerTenantId), CancellationToken.None);
        Assert.Equal(owner.Address, account!.Address);
        Assert.Single(environment.EmailsTo(mailbox));
        Assert.DoesNotContain(environment.Sandbox.Services.GetRequiredService<SendGridOutbox>().All(),
            message => message.Personalizations.Any(personalization => personalization.To.Any(to => to.Email == owner.SignIn)));
    }
}
