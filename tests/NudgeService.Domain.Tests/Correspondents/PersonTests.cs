using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

public sealed class PersonTests
{
    [Fact]
    public void Someone_the_user_writes_to_and_hears_from_is_a_mutual_tie()
    {
        var colleague = Evidence.Of("c.bernard@hexanor.fr", "Claire Bernard") with { Received = 40, SentByUser = 38, ActiveDays = 60 };

        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.MutualExchange), Evidence.Classify(colleague));
    }

    [Fact]
    public void A_person_who_writes_every_week_and_is_never_answered_is_still_a_person()
    {
        var oneWay = Evidence.Of("hugo.lefevre@gmail.com", "Hugo Lefèvre") with { Received = 200, ActiveDays = 150 };

        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.WritesToUser), Evidence.Classify(oneWay));
    }

    [Fact]
    public void A_person_with_an_odd_address_who_writes_rarely_is_a_person()
    {
        var friend = Evidence.Of("zorro1976@free.fr", "Zorro") with { Received = 6, ActiveDays = 5 };

        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.WritesToUser), Evidence.Classify(friend));
    }

    [Fact]
    public void A_relative_on_the_family_domain_writing_often_is_a_person()
    {
        var daughter = Evidence.Of("robyn@layfam.com", "Robyn") with { Received = 11, ReachedUserAsRecipient = 14, ActiveDays = 21 };
        var owner = new OwnerIdentity(["kenneth.lay@enron.com"], "Kenneth Lay");

        Assert.True(CorrespondentClassifier.Classify(daughter, owner).IsPerson);
    }

    [Fact]
    public void Someone_the_user_only_writes_to_is_a_person() =>
        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.WrittenToByUser), Evidence.Classify(Evidence.Of("l.moreau@client.fr", "Léa Moreau") with { SentByUser = 3 }));

    [Fact]
    public void Someone_only_met_in_meetings_is_a_person() =>
        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.MetWithUser), Evidence.Classify(Evidence.Of("t.petit@client.fr", "Théo Petit") with { Meetings = 4 }));
}
