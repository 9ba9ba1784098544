using LoFin.Application.Functions;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// A timer occurrence from the Functions host. A failure answers 500 and the host logs the
/// invocation as failed; the timer trigger does not retry, the next occurrence runs on schedule.
/// </summary>
public sealed class InvokeTimerFunction(TimerTriggerInvocation invocation, TimeProvider clock, ILogger<InvokeTimerFunction> logger)
{
    public async Task<IResult> InvokeAsync(ITimerFunction function, InvocationRequest request, CancellationToken cancellationToken)
    {
        var occurrence = TimerTriggerState.ToTimerInvocation(request, clock);
        try
        {
            await invocation.RunAsync(function, occurrence, cancellationToken);
            return InvocationResponse.Succeeded(
                $"{function.Name} ran for {occurrence.ScheduledAt:O}{(occurrence.IsPastDue ? " (past due)" : "")}.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Timer function {Function} failed for {ScheduledAt}.", function.Name, occurrence.ScheduledAt);
            return InvocationResponse.Failed($"{function.Name} failed for {occurrence.ScheduledAt:O}: {ex.GetType().Name}. See the app log.");
        }
    }
}
