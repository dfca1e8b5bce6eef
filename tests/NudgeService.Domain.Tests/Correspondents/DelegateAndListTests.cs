using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

public sealed class DelegateAndListTests
{
    [Fact]
    public void An_assistant_sending_from_the_users_mailbox_is_a_delegate_even_on_the_contact_list()
    {
        var assistant = Evidence.Of("sophie.martin@hexanor.fr", "Sophie Martin") with
        {
            OnContactCard = true,
            Received = 120,
            SentByUser = 4,
            SentFromUserMailbox = 35,
            ActiveDays = 90,
        };

        Assert.Equal(new(CorrespondentKind.Delegate, ClassificationReason.WorksInUserMailbox), Evidence.Classify(assistant));
    }

    [Fact]
    public void Someone_who_mostly_sends_for_someone_else_is_a_delegate()
    {
        var theirAssistant = Evidence.Of("paul.girard@client.fr", "Paul Girard") with { Received = 2, SentOnBehalfOfOthers = 15 };

        Assert.Equal(new(CorrespondentKind.Delegate, ClassificationReason.SendsOnBehalfOfOthers), Evidence.Classify(theirAssistant));
    }

    [Fact]
    public void A_list_relaying_other_peoples_mail_as_sender_is_a_list()
    {
        var relay = Evidence.Of("all-staff@hexanor.fr", "All Staff") with { SentOnBehalfOfOthers = 40 };

        Assert.Equal(new(CorrespondentKind.DistributionList, ClassificationReason.ListAddress), Evidence.Classify(relay));
    }

    [Theory]
    [InlineData("all-staff@hexanor.fr", "Tout le personnel")]
    [InlineData("equipe-operations@hexanor.fr", "Équipe Opérations")]
    [InlineData("codir@hexanor.fr", "Comité de direction")]
    [InlineData("dl-ga-all_enron_worldwide@enron.com", null)]
    public void A_group_address_that_never_writes_but_brings_mail_is_a_list(string address, string? displayName)
    {
        var list = Evidence.Of(address, displayName) with { ReachedUserAsRecipient = 25, SentByUser = 2, Meetings = 10 };

        Assert.Equal(new(CorrespondentKind.DistributionList, ClassificationReason.ListAddress), Evidence.Classify(list));
    }

    [Fact]
    public void A_person_copied_beside_a_blind_copied_user_is_not_taken_for_a_list()
    {
        var boardMember = Evidence.Of("lynnj@iname.com", "Lynnj") with { ReachedUserAsRecipient = 90, ActiveDays = 21 };

        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.NoInteractionYet), Evidence.Classify(boardMember));
    }
}
