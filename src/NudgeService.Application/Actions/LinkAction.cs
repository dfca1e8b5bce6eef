namespace NudgeService.Application.Actions;

/// <summary>
/// What a signed link lets its reader do. The number is sealed in the token, so each keeps its
/// meaning for good: links already emailed must go on doing what they said.
/// </summary>
public enum LinkAction : byte
{
    // On one nudge of a digest (Routes.Nudge): the token names the nudge.
    Send = 1,
    EditInOutlook = 2,
    Snooze = 3,
    NotThisPerson = 4,

    // On the whole account, naming no nudge: unsubscribe and preferences open Routes.Account, disconnect Routes.Disconnect.
    Unsubscribe = 5,
    Preferences = 6,
    Disconnect = 7,

    /// <summary>Shows a quarter's network review (<see cref="Web.Routes.Review"/>); the token's nudge id names the review.</summary>
    Review = 8,
}

internal static class LinkActions
{
    /// <summary>The actions a digest's buttons offer on one nudge; the account's links are not among them.</summary>
    public static bool IsOnANudge(this LinkAction action) =>
        action is LinkAction.Send or LinkAction.EditInOutlook or LinkAction.Snooze or LinkAction.NotThisPerson;
}
