using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

public sealed class OwnAddressTests
{
    [Fact]
    public void A_profile_address_is_own_whatever_its_case() =>
        Assert.Equal(new(CorrespondentKind.Own, ClassificationReason.KnownOwnerAddress), Evidence.Classify(Evidence.Of("Marie.Dupont@Hexanor.fr")));

    [Fact]
    public void A_sent_items_address_bearing_the_owners_name_is_an_alias_not_a_delegate()
    {
        var personal = Evidence.Of("marie@maison-dupont.fr", "Marie Dupont") with { SentFromUserMailbox = 12, ReachedUserAsRecipient = 40 };

        Assert.Equal(new(CorrespondentKind.Own, ClassificationReason.OwnerNameAlias), Evidence.Classify(personal));
    }

    [Theory]
    [InlineData("m.dupont@hexanor.fr", "Marie Dupont", "marie.dupont@hexanor.fr", "Marie Dupont")]
    [InlineData("klay@enron.com", "Klay", "kenneth.lay@enron.com", "Kenneth Lay")]
    [InlineData("ken.lay@enron.com", "Ken Lay", "kenneth.lay@enron.com", "Kenneth Lay")]
    [InlineData("lay.kenneth@enron.com", null, "kenneth.lay@enron.com", "Kenneth Lay")]
    [InlineData("jskilli@enron.com", "Jskilli", "jeff.skilling@enron.com", "Jeff Skilling")]
    public void Mail_reaching_the_user_through_an_address_with_their_name_is_an_alias(string address, string? displayName, string profileAddress, string ownerName)
    {
        var owner = new OwnerIdentity([profileAddress], ownerName);
        var alias = Evidence.Of(address, displayName) with { ReachedUserAsRecipient = 3 };

        Assert.Equal(new(CorrespondentKind.Own, ClassificationReason.OwnerNameAlias), CorrespondentClassifier.Classify(alias, owner));
    }

    [Fact]
    public void A_relative_with_the_same_surname_is_a_person()
    {
        var husband = Evidence.Of("m.dupont@gmail.com", "Marc Dupont") with { Received = 30, SentByUser = 25, ReachedUserAsRecipient = 4 };

        Assert.Equal(CorrespondentKind.Person, Evidence.Classify(husband).Kind);
    }

    [Fact]
    public void A_namesake_who_only_writes_is_not_taken_for_the_owner()
    {
        var namesake = Evidence.Of("marie.dupont@autre.fr", "Marie Dupont") with { Received = 4, SentByUser = 3 };

        Assert.Equal(CorrespondentKind.Person, Evidence.Classify(namesake).Kind);
    }
}
