using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Relationships;

/// <summary>Who writes in a tie.</summary>
public enum Reciprocity
{
    /// <summary>Both sides write, or there is too little mail to tell.</summary>
    Mutual,

    /// <summary>The user writes; the other side never writes back.</summary>
    OnlyUserWrites,

    /// <summary>The other side writes; the user never answers.</summary>
    OnlyTheyWrite,
}

/// <summary>Who writes and who opens the conversation again after a pause.</summary>
/// <param name="UserOpened">Conversations (after a week or more of silence) the user opened by writing first.</param>
/// <param name="TheyOpened">Conversations the other side opened.</param>
public sealed record Initiative(Reciprocity Reciprocity, int MailsFromUser, int MailsToUser, int UserOpened, int TheyOpened)
{
    /// <summary>A pause this long makes the next mail an opening rather than a reply.</summary>
    private const int PauseDays = 7;

    /// <summary>One side writing this often while the other never does is a pattern, not chance.</summary>
    private const int OneSidedMinimum = 3;

    public static Initiative Of(IReadOnlyList<Touch> touches, DateOnly today)
    {
        int fromUser = 0, toUser = 0, userOpened = 0, theyOpened = 0;
        DateOnly? previous = null;
        foreach (var touch in touches)
        {
            if (touch.Day >= today) continue;
            var opens = previous is not { } day || touch.Day.DayNumber - day.DayNumber >= PauseDays;
            if (touch.Kind == TouchKind.MailFromUser)
            {
                fromUser++;
                if (opens) userOpened++;
            }
            else if (touch.Kind == TouchKind.MailToUser)
            {
                toUser++;
                if (opens) theyOpened++;
            }
            previous = touch.Day;
        }
        var reciprocity = (fromUser, toUser) switch
        {
            ( >= OneSidedMinimum, 0) => Reciprocity.OnlyUserWrites,
            (0, >= OneSidedMinimum) => Reciprocity.OnlyTheyWrite,
            _ => Reciprocity.Mutual,
        };
        return new Initiative(reciprocity, fromUser, toUser, userOpened, theyOpened);
    }
}
