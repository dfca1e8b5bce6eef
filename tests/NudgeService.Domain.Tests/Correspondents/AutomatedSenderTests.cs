using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

public sealed class AutomatedSenderTests
{
    [Theory]
    [InlineData("no-reply@northbank.co.uk")]
    [InlineData("NoReply@bank.com")]
    [InlineData("donotreply@healthshield.co.uk")]
    [InlineData("ne-pas-repondre@mutuelle-horizon.fr")]
    [InlineData("calendar-noreply@hexanor.fr")]
    [InlineData("mailer-daemon@mx.hexanor.fr")]
    [InlineData("postmaster@example.org")]
    [InlineData("no.address@enron.com")]
    public void A_no_reply_address_is_automated_even_when_the_user_answered_it(string address)
    {
        var sender = Evidence.Of(address) with { Received = 3, SentByUser = 1 };

        Assert.Equal(new(CorrespondentKind.Automated, ClassificationReason.NoReplyAddress), Evidence.Classify(sender));
    }

    [Theory]
    [InlineData("orders@lumenstore.co.uk")]
    [InlineData("commandes@boutique-lumen.fr")]
    [InlineData("factures@edf.fr")]
    [InlineData("billing@saas.io")]
    [InlineData("support@vendor.com")]
    [InlineData("notifications@tasklane.io")]
    [InlineData("newsletter@lettre-eco.fr")]
    [InlineData("notes-de-frais@hexanor.fr")]
    [InlineData("enron.announcements@enron.com")]
    [InlineData("petroleumworldnews11@hotmail.com")]
    public void An_address_named_for_a_function_is_automated(string address)
    {
        var sender = Evidence.Of(address, "Service") with { Received = 2, SentByUser = 1, OnContactCard = true };

        Assert.Equal(new(CorrespondentKind.Automated, ClassificationReason.RoleAddress), Evidence.Classify(sender));
    }

    [Fact]
    public void A_first_name_that_looks_like_a_role_word_is_still_a_person()
    {
        var bill = Evidence.Of("bill.jones@client.com", "Bill Jones") with { Received = 5 };

        Assert.True(Evidence.Classify(bill).IsPerson);
    }

    [Fact]
    public void A_shared_mailbox_name_is_automated_only_while_the_user_never_corresponds()
    {
        var silent = Evidence.Of("hello@studio.fr", "Studio") with { Received = 4 };
        var answered = silent with { SentByUser = 3 };

        Assert.Equal(CorrespondentKind.Automated, Evidence.Classify(silent).Kind);
        Assert.True(Evidence.Classify(answered).IsPerson);
    }

    [Fact]
    public void A_newsletter_saved_as_a_contact_is_still_automated_by_its_headers()
    {
        var newsletter = Evidence.Of("wire@culturewire.com", "Culture Wire") with { OnContactCard = true, Received = 300, ReceivedBulk = 300, ReceivedOther = 300, ActiveDays = 280 };

        Assert.Equal(new(CorrespondentKind.Automated, ClassificationReason.BulkHeaders), Evidence.Classify(newsletter));
    }

    [Fact]
    public void A_person_posting_to_a_list_the_user_also_writes_to_stays_a_person()
    {
        var poster = Evidence.Of("jeanne.roux@asso.org", "Jeanne Roux") with { Received = 20, ReceivedBulk = 20, SentByUser = 3 };

        Assert.True(Evidence.Classify(poster).IsPerson);
    }

    [Fact]
    public void A_nameless_sender_filed_under_other_is_automated()
    {
        var updates = Evidence.Of("briefing@cloudvault.io", "CloudVault") with { Received = 12, ReceivedOther = 11, ActiveDays = 12 };

        Assert.Equal(new(CorrespondentKind.Automated, ClassificationReason.MostlyOther), Evidence.Classify(updates));
    }

    [Fact]
    public void A_nameless_sender_writing_often_and_never_answered_is_automated()
    {
        var digest = Evidence.Of("svarga@kudlow.com", "Svarga") with { Received = 34, ReachedUserAsRecipient = 14, ActiveDays = 28 };

        Assert.Equal(new(CorrespondentKind.Automated, ClassificationReason.OneWayVolume), Evidence.Classify(digest));
    }

    [Fact]
    public void The_same_volume_from_an_address_the_users_office_writes_to_is_a_person()
    {
        var brother = Evidence.Of("markskilling@hotmail.com", "Markskilling") with { Received = 156, SentByDelegates = 11, ActiveDays = 58 };

        Assert.Equal(new(CorrespondentKind.Person, ClassificationReason.MutualExchange), Evidence.Classify(brother));
    }
}
