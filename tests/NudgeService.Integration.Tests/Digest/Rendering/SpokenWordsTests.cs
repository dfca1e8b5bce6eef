using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.Relationships;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("Lunch", "en", "our lunch")]
    [InlineData("Lunch", "fr", "notre déjeuner")]
    [InlineData("Déjeuner", "en", "our lunch")]
    [InlineData("RE: Coffee", "en", "our coffee")]
    [InlineData("Apéro", "fr", "notre apéro")]
    [InlineData("Project sync", "en", "the project sync")]
    [InlineData("Account review", "en", "the account review")]
    [InlineData("Project sync", "fr", "notre réunion")]
    [InlineData("Weekly 1:1", "en", "our one-to-one")]
    [InlineData("Point projet", "fr", "notre point")]
    [InlineData("Quick call", "en", "our call")]
    public void A_meeting_is_named_as_people_name_it(string subject, string language, string spoken)
    {
        Assert.Equal(spoken, MeetingNames.Spoken(subject, language));
    }

    [Theory]
    [InlineData("Confidential: reorg options")]
    [InlineData("Project Horizon kick-off")]
    [InlineData("Invoice #2318")]
    [InlineData("HR – salary review")]
    [InlineData("Interview: senior engineer")]
    [InlineData("Entretien annuel")]
    [InlineData("Q2 roadmap")]
    [InlineData("Steering committee")]
    [InlineData("")]
    public void Internal_confidential_or_unnameable_subjects_are_never_repeated(string subject)
    {
        Assert.Null(MeetingNames.Spoken(subject, "en"));
        Assert.Null(MeetingNames.Spoken(subject, "fr"));
    }

    [Theory]
    [InlineData(10, "en", null)]
    [InlineData(27, "fr", null)]
    [InlineData(35, "en", "over a month")]
    [InlineData(60, "en", "a couple of months")]
    [InlineData(100, "fr", "quelques mois")]
    [InlineData(200, "en", "several months")]
    [InlineData(300, "fr", "près d'un an")]
    [InlineData(420, "en", "over a year")]
    public void A_silence_is_rounded_as_people_say_it(int days, string language, string? spoken)
    {
        Assert.Equal(spoken, SpokenSilence.Length(days, language));
    }

    [Fact]
    public void A_silence_names_its_month_only_when_that_month_is_unambiguous()
    {
        var today = new DateOnly(2025, 9, 15);

        Assert.Equal("since March", SpokenSilence.SinceMonth(new DateOnly(2025, 3, 20), today, "en"));
        Assert.Equal("depuis mars", SpokenSilence.SinceMonth(new DateOnly(2025, 3, 20), today, "fr"));
        Assert.Null(SpokenSilence.SinceMonth(new DateOnly(2025, 7, 1), today, "en"));
        Assert.Null(SpokenSilence.SinceMonth(new DateOnly(2024, 8, 1), today, "en"));
    }

    [Theory]
    [InlineData("en", Tier.Closest, new[] { "Hi Natalie,", "Hey Natalie," })]
    [InlineData("en", Tier.Close, new[] { "Hi Natalie," })]
    [InlineData("en", Tier.Regular, new[] { "Hi Natalie,", "Hello Natalie," })]
    [InlineData("en", Tier.Weak, new[] { "Dear Natalie,", "Hello Natalie,", "Hi Natalie," })]
    [InlineData("fr", Tier.Closest, new[] { "Coucou Natalie,", "Salut Natalie," })]
    [InlineData("fr", Tier.Close, new[] { "Salut Natalie," })]
    [InlineData("fr", Tier.Regular, new[] { "Bonjour Natalie," })]
    [InlineData("fr", Tier.Outer, new[] { "Bonjour Natalie," })]
    public void Salutations_follow_the_language_and_the_closeness_of_the_tie(string language, Tier tier, string[] expected)
    {
        var said = Enumerable.Range(0, 6).Select(choice => Salutations.For(language, tier, "Natalie", null, "Ellis", choice)).Distinct().Order();

        Assert.Equal(expected.Order(), said);
    }

    [Fact]
    public void A_title_and_surname_only_for_a_distant_tie_whose_title_is_known_and_never_a_full_name_after_dear()
    {
        Assert.Equal("Dear Dr Ellis,", Salutations.For("en", Tier.Weak, "Natalie", "Dr.", "Ellis", 0));
        Assert.Equal("Bonjour Madame Ellis,", Salutations.For("fr", null, "Natalie", "Mme", "Ellis", 0));
        Assert.Equal("Bonjour Docteur,", Salutations.For("fr", Tier.Weak, "Natalie", "Dr", "Ellis", 0));
        Assert.Equal("Hi Natalie,", Salutations.For("en", Tier.Regular, "Natalie", "Dr.", "Ellis", 0));
        Assert.All(Enum.GetValues<Tier>(), tier =>
            Assert.All(Enumerable.Range(0, 6), choice => Assert.DoesNotContain("Natalie Ellis", Salutations.For("en", tier, "Natalie", null, "Ellis", choice))));
    }
}
