using LoFin.Application.Timers;
using LoFin.Application.Functions;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// A timer occurrence from the Functions host. A failure answers 500 and the host logs the
/// invocation as failed; the timer trigger does not retry, the next occurrence runs on schedule.
/// </summary>
public sealed class InvokeTimerFunction(TimerFunctionInvoker invoker, TimeProvider clock)
{
    public async Task<IResult> InvokeAsync(ITimerFunction function, InvocationRequest request, CancellationToken cancellationToken)
    {
        var occurrence = TimerTriggerState.ToTimerInvocation(request, clock);
        // The same invoker as the local scheduler: logging scope, metrics, and a failure as a result.
        var result = await invoker.InvokeAsync(function.Name, occurrence, cancellationToken);
        return result.Succeeded
            ? InvocationResponse.Succeeded($"{function.Name} ran for {occurrence.ScheduledAt:O}{(occurrence.IsPastDue ? " (past due)" : "")}.")
            : InvocationResponse.Failed($"{function.Name} failed for {occurrence.ScheduledAt:O}: {result.Error}. See the app log.");
    }
}
