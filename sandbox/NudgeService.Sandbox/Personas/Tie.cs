using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

internal enum TieCircle
{
    Colleague,
    Business,
    Personal,
}

/// <summary>Who writes in this relationship.</summary>
internal enum Reciprocity
{
    Mutual,

    /// <summary>The owner writes; the other never answers.</summary>
    OwnerWrites,

    /// <summary>The other writes; the owner never answers.</summary>
    TieWrites,
}

/// <summary>One relationship of the owner and the plan the generator follows for it.</summary>
internal sealed class Tie
{
    public required int Layer { get; init; }
    public required TieCircle Circle { get; init; }
    public required bool IsFrench { get; init; }
    public required GivenName Given { get; init; }
    public required Surname Surname { get; init; }

    /// <summary>The address the tie is known by (work address, or personal one for friends and family).</summary>
    public required MailPerson Person { get; init; }

    /// <summary>A second address the tie sometimes writes from (personal for workers, work for friends).</summary>
    public MailPerson? SecondAddress { get; init; }

    public Company? Company { get; init; }
    public string? JobTitle { get; init; }
    public required ZoneClock Zone { get; init; }
    public required bool HasContact { get; set; }

    public required double CadenceDays { get; set; }

    /// <summary>Erlang shape of the gaps: 1 is bursty, 3 is regular.</summary>
    public required int GapShape { get; init; }

    public required Reciprocity Reciprocity { get; set; }
    public required double MailWeight { get; init; }
    public required double GroupWeight { get; init; }
    public required double MeetingWeight { get; init; }

    /// <summary>The first day the relationship shows in the mailbox.</summary>
    public required DateOnly Since { get; set; }

    /// <summary>Manager, team and direct reports meet the owner every week by series; they never go cold.</summary>
    public bool MeetsWeekly { get; set; }

    /// <summary>The tie whose mail first brought this one into the owner's network, copying the owner and this tie.</summary>
    public Tie? IntroducedBy { get; set; }

    /// <summary>The all-hands organiser.</summary>
    public bool IsLeader { get; set; }

    public DateTimeOffset? SilentSince { get; set; }

    /// <summary>A naturally rare tie whose long silence is normal for it.</summary>
    public bool IsRare { get; set; }

    /// <summary>The address the tie writes from after moving to a new company, and since when.</summary>
    public MailPerson? NewDomainPerson { get; set; }
    public DateTimeOffset? NewDomainSince { get; set; }
    public Company? NewDomainCompany { get; set; }

    /// <summary>Owner-local days on which the owner and the tie interact, in order; a day may repeat.</summary>
    public List<DateOnly> Moments { get; } = [];

    public IReadOnlyList<MailPerson> PersonOnly => field ??= [Person];

    public bool GoingCold => SilentSince is not null;

    public bool IsOneSided => Reciprocity != Reciprocity.Mutual;

    /// <summary>Whether the tie may appear in mail and meetings beyond its own plan (threads, all-hands, other ties' groups).</summary>
    public bool CanJoinOthers(DateOnly from, DateTimeOffset until) =>
        !IsRare && NewDomainPerson is null && from >= Since && (SilentSince is null || until < SilentSince);

    /// <summary>The address the tie writes from at <paramref name="at"/>.</summary>
    public MailPerson AddressAt(DateTimeOffset at, bool preferSecond) =>
        NewDomainPerson is not null && at >= NewDomainSince ? NewDomainPerson
        : preferSecond && SecondAddress is not null ? SecondAddress
        : Person;
}
