using LoFin.Application.Functions;

namespace LoFin.Application.Timers;

/// <summary>How one run of a timer function ended. A failure is a result, not an exception: timers are not retried.</summary>
public sealed record TimerInvocationResult(
    string FunctionName,
    TimerInvocation Invocation,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    TimerRunOutcome Outcome,
    string? Error)
{
    public bool Succeeded => Outcome == TimerRunOutcome.Succeeded;
}
