namespace NudgeService.Application.Actions;

/// <summary>What a link in an email lets its reader do; the number is part of the signed token.</summary>
public enum NudgeAction : byte
{
    Send = 1,
    EditInOutlook = 2,
    Snooze = 3,
    NotThisPerson = 4,
    Unsubscribe = 5,
    Preferences = 6,
    Disconnect = 7,

    /// <summary>Shows a quarter's network review; the nudge id names the review.</summary>
    Review = 8,
}
