using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Observability;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.Logging;

namespace LoFin.Application.Timers;

/// <summary>
/// Runs one occurrence of a timer function with its logging scope and metrics, and turns a
/// failure into a result. Two callers: the local <see cref="TimerScheduler"/>, and the Azure
/// custom-handler endpoint when the Functions host fires the timer (there the host owns the
/// schedule, past-due detection and singleton lock, so this only runs the function).
/// </summary>
public sealed class TimerFunctionInvoker
{
    private readonly Dictionary<string, ITimerFunction> _functions = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly ILogger<TimerFunctionInvoker> _logger;

    public TimerFunctionInvoker(IEnumerable<ITimerFunction> functions, TimeProvider clock, ILogger<TimerFunctionInvoker> logger)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _clock = clock;
        _logger = logger;
        foreach (var function in functions)
        {
            DocumentLimits.ValidateId(TimerState.DocumentId(function.Name));
            if (!_functions.TryAdd(function.Name, function))
            {
                throw new InvalidOperationException($"Two timer functions are named '{function.Name}'.");
            }
            try
            {
                TimerSchedule.Parse(function.Schedule);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"Timer function '{function.Name}' has an invalid schedule: {ex.Message}", ex);
            }
        }
    }

    public IReadOnlyCollection<ITimerFunction> Functions => _functions.Values;

    public bool TryGetFunction(string functionName, out ITimerFunction function) =>
        _functions.TryGetValue(functionName, out function!);

    /// <summary>Runs the named function; <see cref="ArgumentException"/> when no timer function has that name.</summary>
    public Task<TimerInvocationResult> InvokeAsync(string functionName, TimerInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        if (!_functions.TryGetValue(functionName, out var function))
        {
            throw new ArgumentException($"No timer function is named '{functionName}'. Known: {string.Join(", ", _functions.Keys.Order(StringComparer.Ordinal))}.", nameof(functionName));
        }
        return InvokeAsync(function, invocation, cancellationToken);
    }

    internal async Task<TimerInvocationResult> InvokeAsync(ITimerFunction function, TimerInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        // Timers are platform-wide work: they log under the national tenant, and the occurrence is the correlation.
        using var scope = _logger.BeginScope(new LogScope
        {
            ["TenantId"] = TenantId.National.Value,
            ["CorrelationId"] = $"timer:{function.Name}:{invocation.ScheduledAt.UtcDateTime:yyyyMMddTHHmmssZ}",
            ["Function"] = function.Name,
            ["ScheduledAt"] = invocation.ScheduledAt,
        });
        if (invocation.IsPastDue)
        {
            _logger.LogWarning("Timer {Function} is past due: running the occurrence of {ScheduledAt:o} once for {MissedOccurrences} missed occurrence(s).",
                function.Name, invocation.ScheduledAt, invocation.MissedOccurrences);
        }
        var startedAt = _clock.GetUtcNow();
        var started = _clock.GetTimestamp();
        TimerRunOutcome outcome;
        string? error = null;
        try
        {
            await function.RunAsync(invocation, cancellationToken);
            outcome = TimerRunOutcome.Succeeded;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            outcome = TimerRunOutcome.Failed;
            error = $"Cancelled: the app stopped during the run ({ex.GetType().Name}).";
            _logger.LogWarning("Timer {Function} was cancelled during the occurrence of {ScheduledAt:o}; it is not retried.", function.Name, invocation.ScheduledAt);
        }
        catch (Exception ex)
        {
            outcome = TimerRunOutcome.Failed;
            error = $"{ex.GetType().Name}: {ex.Message}";
            _logger.LogError(ex, "Timer {Function} failed for the occurrence of {ScheduledAt:o}; it is not retried (as in Azure without a retry policy).",
                function.Name, invocation.ScheduledAt);
        }
        var duration = _clock.GetElapsedTime(started);
        LoFinMetrics.TimerRuns.Add(1,
            new KeyValuePair<string, object?>("function", function.Name),
            new KeyValuePair<string, object?>("outcome", outcome.ToString()),
            new KeyValuePair<string, object?>("past_due", invocation.IsPastDue));
        if (outcome == TimerRunOutcome.Succeeded)
        {
            _logger.LogInformation("Timer {Function} ran the occurrence of {ScheduledAt:o} in {DurationMs} ms.", function.Name, invocation.ScheduledAt, (long)duration.TotalMilliseconds);
        }
        return new TimerInvocationResult(function.Name, invocation, startedAt, duration, outcome, error);
    }
}
