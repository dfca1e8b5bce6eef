using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Infrastructure.Templates;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class DraftWritingTests
{
    private static readonly LiquidDraftWriter Writer = new();

    private static readonly DraftContext EveryFact = new()
    {
        EventDate = new DateOnly(2025, 3, 13),
        Silence = "a few months",
        SilenceSinceMonth = "since December",
        LastMeeting = "the budget review",
        UpcomingMeeting = "our lunch",
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
        new(kind, language, register, "Hi Claire,", "Claire", "Sam", variant, context ?? EveryFact);

    private static IEnumerable<MessageDraft> AllWordings(NudgeKind kind, string language, Register register, DraftContext context, string greeting = "Hi Claire,", string firstName = "Claire", string sender = "Sam") =>
        Enumerable.Range(0, Writer.Variants(kind, language))
            .Select(variant => Writer.Write(new DraftRequest(kind, language, register, greeting, firstName, sender, variant, context)));

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
    public void Every_draft_opens_with_the_greeting_it_is_given(NudgeKind kind, string language)
    {
        foreach (var register in Enum.GetValues<Register>())
            foreach (var draft in AllWordings(kind, language, register, EveryFact, greeting: "Dear Dr Ellis,"))
                Assert.StartsWith("Dear Dr Ellis,\n\n", draft.Body);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Each_wording_of_a_kind_opens_its_own_way(NudgeKind kind, string language)
    {
        foreach (var register in Enum.GetValues<Register>())
            foreach (var context in new[] { EveryFact, new DraftContext() })
            {
                var openings = AllWordings(kind, language, register, context).Select(draft => Openings.Of(draft.Body)).ToList();
                Assert.Equal(openings.Count, openings.Distinct().Count());
            }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Without_an_unusual_silence_no_draft_says_it_has_been_long(NudgeKind kind, string language)
    {
        var quiet = EveryFact with { Silence = null, SilenceSinceMonth = null };
        foreach (var register in Enum.GetValues<Register>())
            foreach (var draft in AllWordings(kind, language, register, quiet))
            {
                var text = (draft.Subject + " " + draft.Body).ToLowerInvariant();
                foreach (var words in new[] { "a while", "too long", "long time", "been long", "overdue", "far too", "drift", "longtemps", "depuis un moment", "fait un moment", "bail", "trop long" })
                    Assert.DoesNotContain(words, text);
            }
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
            foreach (var draft in AllWordings(kind, language, register, new DraftContext(), greeting: "", firstName: "", sender: ""))
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
                _ => null,
            };
            if (expected is not null) Assert.All(drafts, draft => Assert.Contains(expected, draft.Subject + draft.Body));
        }
    }

    [Fact]
    public void Meetings_appear_as_people_name_them_never_as_a_quoted_subject()
    {
        var reconnects = AllWordings(NudgeKind.Reconnect, "en", Register.Formal, EveryFact).Select(draft => draft.Body).ToList();
        var seeingSoon = AllWordings(NudgeKind.SeeingSoon, "en", Register.Familiar, EveryFact).Select(draft => draft.Body).ToList();

        Assert.Contains(reconnects, body => body.Contains("the budget review", StringComparison.Ordinal));
        Assert.Contains(seeingSoon, body => body.Contains("our lunch on Thursday", StringComparison.Ordinal));
        foreach (var kind in Enum.GetValues<NudgeKind>())
            foreach (var language in new[] { "en", "fr" })
                foreach (var register in Enum.GetValues<Register>())
                    Assert.All(AllWordings(kind, language, register, EveryFact), draft => Assert.DoesNotMatch("[\"«»]", draft.Body));
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
        var draft = Writer.Write(new DraftRequest(NudgeKind.Reconnect, "en", Register.Familiar, "Hi O'Brien <b>&,", "O'Brien <b>&", "Sam", 0,
            new DraftContext { LastMeeting = "the R&D sync" }));

        Assert.StartsWith("Hi O'Brien <b>&,", draft.Body);
        Assert.Contains("the R&D sync", draft.Body);
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
