using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;

namespace NudgeService.Application.Digest.Wording;

/// <summary>The reason for a dated event, from its facts only: "Birthday on Thursday (turns 40)".</summary>
internal static class EventWhyText
{
    public static string For(LifeEvent lifeEvent, bool french, DateOnly today)
    {
        var language = french ? Languages.French : Languages.English;
        var facts = lifeEvent.Facts;
        return lifeEvent.Kind switch
        {
            LifeEventKind.Birthday => Birthday(DayWords.On(lifeEvent.Date, today, language), facts.Age, french),
            LifeEventKind.NewRole => NewRole(facts, french),
            LifeEventKind.JobLoss => JobLoss(facts.PreviousCompany, french),
            LifeEventKind.NewDomain => NewDomain(facts, french),
            LifeEventKind.SeeingSoon => SeeingSoon(lifeEvent, today, language, french),
            var other => throw new ArgumentOutOfRangeException(nameof(lifeEvent), other, "No wording for this life event."),
        };
    }

    private static string Birthday(string day, int? age, bool french) => (french, age) switch
    {
        (true, { } years) => $"Anniversaire {day} ({years} ans)",
        (true, null) => $"Anniversaire {day}",
        (false, { } years) => $"Birthday {day} (turns {years})",
        (false, null) => $"Birthday {day}",
    };

    private static string NewRole(LifeEventFacts facts, bool french)
    {
        var at = french ? "chez" : "at";
        var now = (facts.NewTitle, facts.NewCompany) switch
        {
            ({ } title, { } company) => french ? $"Nouveau poste : {title} {at} {company}" : $"New role: {title} {at} {company}",
            ({ } title, null) => french ? $"Nouveau poste : {title}" : $"New role: {title}",
            (null, { } company) => french ? $"Désormais {at} {company}" : $"Now {at} {company}",
            _ => french ? "Nouveau poste" : "New role",
        };
        var movedCompany = facts.PreviousCompany is { } previousCompany && !string.Equals(previousCompany, facts.NewCompany, StringComparison.OrdinalIgnoreCase);
        var was = (facts.PreviousTitle, movedCompany) switch
        {
            ({ } title, true) => $"{title} {at} {facts.PreviousCompany}",
            ({ } title, false) => title,
            (null, true) => $"{at} {facts.PreviousCompany}",
            _ => null,
        };
        if (was is null) return now;
        return french ? $"{now} (auparavant {was})" : $"{now} (was {was})";
    }

    private static string JobLoss(string? previousCompany, bool french) => (french, previousCompany) switch
    {
        (true, { } company) => $"{company} n'apparaît plus sur sa fiche : prendre des nouvelles, pas féliciter",
        (true, null) => "Son entreprise n'apparaît plus sur sa fiche : prendre des nouvelles, pas féliciter",
        (false, { } company) => $"{company} is no longer on their card: a check-in, not congratulations",
        (false, null) => "Their company is no longer on their card: a check-in, not congratulations",
    };

    private static string NewDomain(LifeEventFacts facts, bool french)
    {
        var domain = Addresses.Domain(facts.NewAddress);
        var previous = Addresses.Domain(facts.PreviousAddress);
        var from = (french, domain) switch
        {
            (true, { } now) => $"Écrit désormais depuis une adresse {now}",
            (true, null) => "Écrit désormais depuis une nouvelle adresse",
            (false, { } now) => $"Writes from a {now} address now",
            (false, null) => "Writes from a new address now",
        };
        if (previous is not null) from += french ? $" (auparavant {previous})" : $" (was {previous})";
        return from + (french ? " : peut-être un nouvel employeur" : ": perhaps a new employer");
    }

    private static string SeeingSoon(LifeEvent lifeEvent, DateOnly today, string language, bool french)
    {
        var day = DayWords.On(lifeEvent.Date, today, language);
        var meeting = lifeEvent.Facts.MeetingSubject is { Length: > 0 } subject
            ? french ? $"Vous vous voyez {day} : « {subject.Trim()} »" : $"You meet {day}: '{subject.Trim()}'"
            : french ? $"Vous vous voyez {day}" : $"You meet {day}";
        if (lifeEvent.Facts.LastInteraction is not { } last) return meeting;
        var ago = Durations.Ago(today.DayNumber - last.DayNumber, language);
        return french ? $"{meeting} ; dernier échange {ago}" : $"{meeting}; last in touch {ago}";
    }
}
