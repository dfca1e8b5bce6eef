using NudgeService.Application.Web;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;

namespace NudgeService.Application.Digest.Wording;

/// <summary>Why a person is in this week's digest, in plain words: the reason the plan holds, nothing invented.</summary>
public static class WhyText
{
    public static string For(PlanItem item, string language, DateOnly today)
    {
        var french = Languages.From(language) == Languages.French;
        return item.Event is { } lifeEvent
            ? EventWhyText.For(lifeEvent, french, today)
            : Reconnect(item, french);
    }

    private static string Reconnect(PlanItem item, bool french)
    {
        var language = french ? Languages.French : Languages.English;
        var sentences = new List<string> { Silence(item.Tie?.Explanation, language, french) };
        // Who writes is part of the silence; the kind of tie comes after.
        foreach (var reason in item.Reasons.OrderBy(reason => reason is PlanReason.OnlyUserWrites or PlanReason.TheyAlwaysWriteFirst ? 0 : 1))
        {
            var sentence = (reason, french) switch
            {
                (PlanReason.TheyAlwaysWriteFirst, false) => "They always write first.",
                (PlanReason.TheyAlwaysWriteFirst, true) => "Cette personne écrit toujours la première.",
                (PlanReason.OnlyUserWrites, false) => "You are always the one who writes.",
                (PlanReason.OnlyUserWrites, true) => "C'est toujours vous qui écrivez.",
                (PlanReason.CloseTie, false) => "One of your closest ties.",
                (PlanReason.CloseTie, true) => "Une de vos relations les plus proches.",
                (PlanReason.WeakTie, false) => "An acquaintance worth reviving: new openings often come from them.",
                (PlanReason.WeakTie, true) => "Une connaissance à raviver : les nouvelles pistes viennent souvent de là.",
                _ => null,
            };
            if (sentence is not null) sentences.Add(sentence);
        }
        return string.Join(' ', sentences);
    }

    private static string Silence(ColdExplanation? explanation, string language, bool french)
    {
        if (explanation is null) return french ? "Cela fait un moment que vous n'avez pas échangé." : "You have not been in touch for a while.";
        if (explanation.LastInteraction is null) return french ? "Vous n'avez pas encore échangé." : "You have not been in touch yet.";
        var usual = Durations.Every(explanation.UsualGapDays, language);
        var silence = Durations.Of(explanation.SilenceDays, language);
        return french
            ? $"Vous échangiez environ {usual} ; cela fait {silence}."
            : $"You used to be in touch about {usual}; it has been {silence}.";
    }
}
