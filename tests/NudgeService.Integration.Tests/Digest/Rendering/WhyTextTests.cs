using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;
using static NudgeService.Integration.Tests.Digest.Rendering.PlanItems;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class WhyTextTests
{
    [Fact]
    public void A_cold_tie_says_its_usual_rhythm_the_silence_and_who_writes()
    {
        var item = Reconnect(Tie(Tier.Regular, reciprocity: Reciprocity.OnlyTheyWrite), PlanReason.TheyAlwaysWriteFirst);

        Assert.Equal("You used to be in touch about every 2 weeks; it has been 11 weeks. They always write first.", WhyText.For(item, "en", Today));
        Assert.Equal("Vous échangiez environ toutes les 2 semaines ; cela fait 11 semaines. Cette personne écrit toujours la première.", WhyText.For(item, "fr", Today));
    }

    [Fact]
    public void A_close_or_weak_tie_says_so()
    {
        var close = Reconnect(Tie(Tier.Closest, usualGapDays: 100, silenceDays: 400), PlanReason.CloseTie);
        var weak = Reconnect(Tie(Tier.Weak, usualGapDays: 7, silenceDays: 100), PlanReason.WeakTie, PlanReason.OnlyUserWrites);

        Assert.Equal("You used to be in touch about every 3 months; it has been 13 months. One of your closest ties.", WhyText.For(close, "en", Today));
        Assert.Equal("Vous échangiez environ chaque semaine ; cela fait 3 mois. C'est toujours vous qui écrivez. Une connaissance à raviver : les nouvelles pistes viennent souvent de là.", WhyText.For(weak, "fr", Today));
    }

    [Fact]
    public void A_birthday_this_week_names_the_day_and_the_age()
    {
        var item = Event(LifeEventKind.Birthday, Today.AddDays(3), new LifeEventFacts { Age = 40 });
        var ageUnknown = Event(LifeEventKind.Birthday, Today, new LifeEventFacts());

        Assert.Equal("Birthday on Thursday (turns 40)", WhyText.For(item, "en", Today));
        Assert.Equal("Anniversaire jeudi (40 ans)", WhyText.For(item, "fr", Today));
        Assert.Equal("Birthday today", WhyText.For(ageUnknown, "en", Today));
        Assert.Equal("Anniversaire le 22 mars", WhyText.For(Event(LifeEventKind.Birthday, Today.AddDays(12), new LifeEventFacts()), "fr", Today));
    }

    [Fact]
    public void A_new_role_says_what_changed()
    {
        var moved = Event(LifeEventKind.NewRole, Today, new LifeEventFacts { NewTitle = "CTO", NewCompany = "Contoso", PreviousTitle = "Head of Data", PreviousCompany = "Contoso" });
        var newCompany = Event(LifeEventKind.NewRole, Today, new LifeEventFacts { NewCompany = "Contoso", PreviousCompany = "Fabrikam" });

        Assert.Equal("New role: CTO at Contoso (was Head of Data)", WhyText.For(moved, "en", Today));
        Assert.Equal("Nouveau poste : CTO chez Contoso (auparavant Head of Data)", WhyText.For(moved, "fr", Today));
        Assert.Equal("Now at Contoso (was at Fabrikam)", WhyText.For(newCompany, "en", Today));
    }

    [Fact]
    public void A_job_loss_asks_for_a_check_in_not_congratulations()
    {
        var item = Event(LifeEventKind.JobLoss, Today, new LifeEventFacts { PreviousCompany = "Fabrikam", PreviousTitle = "CFO" });

        Assert.Equal("Fabrikam is no longer on their card: a check-in, not congratulations", WhyText.For(item, "en", Today));
        Assert.Equal("Son entreprise n'apparaît plus sur sa fiche : prendre des nouvelles, pas féliciter", WhyText.For(Event(LifeEventKind.JobLoss, Today, new LifeEventFacts()), "fr", Today));
    }

    [Fact]
    public void A_meeting_this_week_names_the_day_the_title_and_the_silence()
    {
        var item = Event(LifeEventKind.SeeingSoon, Today.AddDays(3), new LifeEventFacts { MeetingSubject = "Budget review", LastInteraction = Today.AddDays(-213) });

        Assert.Equal("You meet on Thursday: 'Budget review'; last in touch 7 months ago", WhyText.For(item, "en", Today));
        Assert.Equal("Vous vous voyez jeudi : « Budget review » ; dernier échange il y a 7 mois", WhyText.For(item, "fr", Today));
    }

    [Fact]
    public void A_new_domain_names_both_domains_without_presuming()
    {
        var item = Event(LifeEventKind.NewDomain, Today, new LifeEventFacts { PreviousAddress = "claire@fabrikam.example", NewAddress = "claire@Contoso.example" });

        Assert.Equal("Writes from a contoso.example address now (was fabrikam.example): perhaps a new employer", WhyText.For(item, "en", Today));
    }
}
