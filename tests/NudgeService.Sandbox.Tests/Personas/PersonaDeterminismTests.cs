using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Tests.Personas;

public sealed class PersonaDeterminismTests
{
    [Theory]
    [InlineData(PersonaSize.Small, 11)]
    [InlineData(PersonaSize.Medium, 4)]
    public void Same_seed_generates_the_same_mailbox(PersonaSize size, int seed)
    {
        var first = PersonaGenerator.Generate(size, seed, GeneratedPersonas.WinterNow);
        var second = PersonaGenerator.Generate(size, seed, GeneratedPersonas.WinterNow);

        Assert.Equal(MailboxFingerprint.Of(first), MailboxFingerprint.Of(second));
    }

    [Fact]
    public void Different_seeds_generate_different_mailboxes()
    {
        var fingerprints = Enumerable.Range(20, 4)
            .Select(seed => MailboxFingerprint.Of(PersonaGenerator.Generate(PersonaSize.Small, seed, GeneratedPersonas.WinterNow)))
            .ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Another_now_moves_the_whole_mailbox_in_time()
    {
        var winter = PersonaGenerator.Generate(PersonaSize.Small, 3, GeneratedPersonas.WinterNow);
        var summer = PersonaGenerator.Generate(PersonaSize.Small, 3, GeneratedPersonas.SummerNow);

        Assert.Equal(winter.Owner.Address, summer.Owner.Address);
        Assert.Equal(GeneratedPersonas.SummerNow, summer.Now);
        Assert.All(summer.Messages.Where(message => message.ReceivedAt <= summer.Now), message =>
            Assert.InRange(message.ReceivedAt, summer.Now.AddDays(-732), summer.Now));
    }

    [Fact]
    public void Seeds_alternate_between_french_and_english_owners()
    {
        var owners = Enumerable.Range(0, 4).Select(seed => PersonaGenerator.Generate(PersonaSize.Small, seed, GeneratedPersonas.WinterNow).Owner).ToList();

        Assert.Equal(["fr-FR", "en-GB", "fr-FR", "en-US"], owners.Select(owner => owner.Locale));
        Assert.Equal(["Romance Standard Time", "GMT Standard Time", "Romance Standard Time", "Eastern Standard Time"], owners.Select(owner => owner.TimeZone));
        Assert.All(owners, owner =>
        {
            Assert.True(Guid.TryParse(owner.ObjectId, out _));
            Assert.True(Guid.TryParse(owner.TenantId, out _));
            Assert.InRange(owner.Aliases.Count, 1, 2);
            Assert.Equal(owner.Address.ToLowerInvariant(), owner.Address);
        });
    }
}
