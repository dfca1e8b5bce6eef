using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Operations;

namespace NudgeService.Functions.Operations;

public sealed class OperationsTimerFunctions(PoisonWatch poison, ExpiredRowSweep sweep)
{
    /// <summary>Ten past every hour, after the digest timer, so the alert sees the poison queue at least hourly.</summary>
    [Function("poison-watch")]
    public Task Watch([TimerTrigger("0 10 * * * *")] TimerInfo timer, CancellationToken cancellationToken) => poison.ReportAsync(cancellationToken);

    /// <summary>Once a day, at a quiet hour for Europe and the Americas.</summary>
    [Function("expired-row-sweep")]
    public Task Sweep([TimerTrigger("0 40 3 * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.SweepAsync(cancellationToken);
}
