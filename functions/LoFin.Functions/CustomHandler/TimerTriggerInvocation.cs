using LoFin.Application.Functions;
using LoFin.Application.Observability;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// Runs a timer function for one occurrence the Functions host's timer trigger reported, with the
/// function and occurrence on every log line. The host already guarantees one run per occurrence
/// across instances (a storage lock) and catches up once after downtime, so this adds no bookkeeping.
/// </summary>
public sealed class TimerTriggerInvocation(ILogger<TimerTriggerInvocation> logger)
{
    public async Task RunAsync(ITimerFunction function, TimerInvocation invocation, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Function"] = function.Name,
            ["ScheduledAt"] = invocation.ScheduledAt,
            ["IsPastDue"] = invocation.IsPastDue,
        });
        await function.RunAsync(invocation, cancellationToken);
        LoFinMetrics.TimerRuns.Add(1, new KeyValuePair<string, object?>("function", function.Name));
    }
}
