using NudgeService.Application.Digest;
using NudgeService.Infrastructure.Templates;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class DraftWritingTests
{
    private static readonly LiquidDraftWriter Writer = new();

    private static readonly DraftContext EveryFact = new()
    {
        EventDate = new DateOnly(2025, 3, 13),
        LastInteraction = new DateOnly(2024, 12, 20),
        SilenceDays = 77,
        LastMeetingSubject = "Budget review",
        UpcomingMeetingSubject = "Q2 roadmap",
        NewTitle = "CTO",
        NewCompany = "Contoso",
        PreviousTitle = "Head of Data",
        PreviousCompany = "Fabrikam",
        Age = 40,
    };

    public static TheoryData<NudgeKind, string> KindsAndLanguages()
    {
        var data = new TheoryData<NudgeKind, string>();
        foreach (var kind in Enum.GetValues<NudgeKind>())
            foreach (var language in new[] { "en", "fr" })
                data.Add(kind, language);
        return data;
    }

    private static DraftRequest Request(NudgeKind kind, string language, Register register, int variant = 0, DraftContext? context = null) =>
        new(kind, language, register, "Claire", "Claire Martin", "Sam", variant, context ?? EveryFact);

    private static IEnumerable<MessageDraft> AllWordings(NudgeKind kind, string language, Register register, DraftContext context, string firstName = "Claire", string fullName = "Claire Martin", string sender = "Sam") =>
        Enumerable.Range(0, Writer.Variants(kind, language))
            .Select(variant => Writer.Write(new DraftRequest(kind, language, register, firstName, fullName, sender, variant, context)));

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void French_familiar_drafts_say_tu_and_formal_ones_say_vous(NudgeKind kind, string language)
    {
        if (language != "fr") return;
        foreach (var draft in AllWordings(kind, "fr", Register.Familiar, EveryFact))
        {
            var words = Words(draft.Body);
            Assert.True(words.Overlaps(["tu", "te", "toi", "ton", "ta", "tes", "t"]), draft.Body);
            Assert.DoesNotContain("vous", words);
            Assert.DoesNotContain("votre", words);
        }
        foreach (var draft in AllWordings(kind, "fr", Register.Formal, EveryFact))
        {
            var words = Words(draft.Body);
            Assert.Contains("vous", words);
            Assert.False(words.Overlaps(["tu", "te", "toi", "ton", "ta", "tes"]), draft.Body);
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void English_familiar_drafts_use_the_first_name_and_formal_ones_a_fuller_greeting(NudgeKind kind, string language)
    {
        if (language != "en") return;
        foreach (var draft in AllWordings(kind, "en", Register.Familiar, EveryFact))
            Assert.Matches(@"^(Hi|Hey) Claire,\n", draft.Body);
        foreach (var draft in AllWordings(kind, "en", Register.Formal, EveryFact))
            Assert.StartsWith("Dear Claire Martin,\n", draft.Body);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Each_kind_has_at_least_three_wordings_that_differ_and_rotate(NudgeKind kind, string language)
    {
        var count = Writer.Variants(kind, language);
        Assert.True(count >= 3, $"{kind} in {language} has {count} wordings");
        foreach (var register in Enum.GetValues<Register>())
        {
            var drafts = AllWordings(kind, language, register, EveryFact).ToList();
            Assert.Equal(drafts.Count, drafts.Select(draft => draft.Body).Distinct().Count());
            Assert.Equal(Writer.Write(Request(kind, language, register, 1)), Writer.Write(Request(kind, language, register, 1 + count)));
            Assert.Equal(Writer.Write(Request(kind, language, register, count - 1)), Writer.Write(Request(kind, language, register, -1)));
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Missing_facts_never_leave_an_empty_placeholder(NudgeKind kind, string language)
    {
        foreach (var register in Enum.GetValues<Register>())
            foreach (var draft in AllWordings(kind, language, register, new DraftContext(), firstName: "", fullName: "", sender: ""))
            {
                Assert.NotEmpty(draft.Subject);
                foreach (var hole in new[] { "{{", "}}", "  ", " ,", " .", "\"\"", "« »", "()", "( )", "Dear ,", " on .", " :\n" })
                    Assert.DoesNotContain(hole, draft.Subject + "\n" + draft.Body);
                Assert.All(draft.Body.Split('\n'), line => Assert.Equal(line.Trim(), line));
                Assert.DoesNotContain("\n\n\n", draft.Body);
            }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Drafts_use_the_shared_context_and_are_signed_with_the_sender_first_name(NudgeKind kind, string language)
    {
        foreach (var register in Enum.GetValues<Register>())
        {
            var drafts = AllWordings(kind, language, register, EveryFact).ToList();
            Assert.All(drafts, draft => Assert.EndsWith("\nSam", draft.Body));
            var expected = kind switch
            {
                NudgeKind.NewRole => "Contoso",
                NudgeKind.SeeingSoon => language == "fr" ? "jeudi" : "Thursday",
                NudgeKind.Reconnect => language == "fr" ? "11 semaines" : "11 weeks",
                _ => null,
            };
            if (expected is not null) Assert.All(drafts, draft => Assert.Contains(expected, draft.Subject + draft.Body));
        }
    }

    [Fact]
    public void The_last_meeting_and_the_upcoming_one_appear_by_title()
    {
        var reconnect = Writer.Write(Request(NudgeKind.Reconnect, "fr", Register.Formal, 0));
        var seeingSoon = Writer.Write(Request(NudgeKind.SeeingSoon, "en", Register.Familiar, 0));

        Assert.Contains("« Budget review »", reconnect.Body);
        Assert.Contains("\"Q2 roadmap\"", seeingSoon.Body);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_check_in_after_a_job_loss_never_congratulates(string language)
    {
        foreach (var register in Enum.GetValues<Register>())
            foreach (var context in new[] { EveryFact with { NewCompany = null, NewTitle = null }, new DraftContext() })
                foreach (var draft in AllWordings(NudgeKind.CheckIn, language, register, context))
                {
                    var text = (draft.Subject + " " + draft.Body).ToLowerInvariant();
                    foreach (var praise in new[] { "congrat", "félicit", "bravo", "well deserved", "mérité", "new role", "nouveau poste", "promotion", "well done" })
                        Assert.DoesNotContain(praise, text);
                }
    }

    [Fact]
    public void Drafts_are_plain_text_and_keep_names_as_typed()
    {
        var draft = Writer.Write(new DraftRequest(NudgeKind.Reconnect, "en", Register.Familiar, "O'Brien <b>&", "O'Brien <b>&", "Sam", 0,
            new DraftContext { LastMeetingSubject = "R&D \"sync\"" }));

        Assert.StartsWith("Hi O'Brien <b>&,", draft.Body);
        Assert.Contains("\"R&D \"sync\"\"", draft.Body);
        Assert.DoesNotContain("&amp;", draft.Body);
    }

    [Fact]
    public void A_round_birthday_is_mentioned_only_to_close_ties()
    {
        var close = AllWordings(NudgeKind.Birthday, "en", Register.Familiar, EveryFact).Select(draft => draft.Subject + draft.Body);
        var formal = AllWordings(NudgeKind.Birthday, "en", Register.Formal, EveryFact).Select(draft => draft.Subject + draft.Body);
        var notRound = AllWordings(NudgeKind.Birthday, "fr", Register.Familiar, EveryFact with { Age = 41 }).Select(draft => draft.Subject + draft.Body);

        Assert.Contains(close, text => text.Contains("40"));
        Assert.DoesNotContain(formal, text => text.Contains("40"));
        Assert.DoesNotContain(notRound, text => text.Contains("41"));
    }

    [Fact]
    public void An_unknown_language_is_written_in_English()
    {
        Assert.Equal(Writer.Write(Request(NudgeKind.Birthday, "en", Register.Formal)), Writer.Write(Request(NudgeKind.Birthday, "de", Register.Formal)));
    }

    [Fact]
    public void A_template_that_does_not_parse_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new TemplateLibrary(new Dictionary<string, string> { ["fr/birthday.liquid"] = "{% if age %}Joyeux anniversaire" }));

        Assert.Contains("templates/fr/birthday.liquid", error.Message);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\n', ',', '.', '!', '?', ':', ';', '\'', '-', '(', ')', '«', '»'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
