namespace NudgeService.Sandbox.SendGrid;

/// <param name="ThrottleNext">How many of the next sends answer 429 with Retry-After.</param>
/// <param name="FailNext">How many sends after those answer 500.</param>
public sealed record SendGridFaultPlan(int ThrottleNext = 0, int RetryAfterSeconds = 1, int FailNext = 0)
{
    public static SendGridFaultPlan None { get; } = new();
}

public enum SendGridFault
{
    None,
    Throttled,
    Failed,
}

/// <summary>The mail-send fault switch: counts down planned throttles, then planned failures, one per send. Off by default.</summary>
public sealed class SendGridFaults
{
    private readonly Lock gate = new();
    private SendGridFaultPlan plan = SendGridFaultPlan.None;

    public SendGridFaultPlan Plan
    {
        get
        {
            lock (gate) return plan;
        }
    }

    public void Configure(SendGridFaultPlan next)
    {
        lock (gate) plan = next;
    }

    /// <summary>Uses up the next planned fault, if any, for one send.</summary>
    public (SendGridFault Fault, int RetryAfterSeconds) Take()
    {
        lock (gate)
        {
            if (plan.ThrottleNext > 0)
            {
                plan = plan with { ThrottleNext = plan.ThrottleNext - 1 };
                return (SendGridFault.Throttled, plan.RetryAfterSeconds);
            }
            if (plan.FailNext > 0)
            {
                plan = plan with { FailNext = plan.FailNext - 1 };
                return (SendGridFault.Failed, 0);
            }
            return (SendGridFault.None, 0);
        }
    }
}
