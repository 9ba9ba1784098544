using LoFin.Application.Functions;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// Maps a timer trigger's payload, <c>{ "Schedule": {...}, "ScheduleStatus": { "Last", "Next",
/// "LastUpdated" }, "IsPastDue": bool }</c>, to the <see cref="TimerInvocation"/> timer functions take.
/// With <c>useMonitor</c>, <c>Next</c> is the occurrence being run (the first one missed when past
/// due) and <c>Last</c> the one before; <c>ScheduleStatus</c> is null when the schedule is not monitored.
/// </summary>
public static class TimerTriggerState
{
    public static TimerInvocation ToTimerInvocation(InvocationRequest request, TimeProvider clock)
    {
        const string field = $"Data.{FunctionBinding.TimerName}";
        var timer = HostValue.JsonObject(request.RequiredData(FunctionBinding.TimerName))
            ?? throw new InvalidInvocationException(field, "타이머 상태는 JSON 객체여야 합니다.");
        var isPastDue = false;
        if (HostValue.TryGetProperty(timer, "IsPastDue", out var pastDue))
        {
            isPastDue = HostValue.Boolean(pastDue) ?? throw new InvalidInvocationException($"{field}.IsPastDue", "IsPastDue는 true 또는 false여야 합니다.");
        }
        DateTimeOffset? next = null;
        DateTimeOffset? last = null;
        if (HostValue.TryGetProperty(timer, "ScheduleStatus", out var statusValue) && HostValue.JsonObject(statusValue) is { } status)
        {
            next = HostValue.TryGetProperty(status, "Next", out var nextValue) ? HostValue.Instant(nextValue) : null;
            last = HostValue.TryGetProperty(status, "Last", out var lastValue) ? HostValue.Instant(lastValue) : null;
        }
        var now = clock.GetUtcNow();
        // A run fired by hand (the host's admin endpoint) reports the next occurrence, still in the future: it runs as of now.
        var scheduledAt = next is { } due && due <= now ? due : now;
        // The host says only whether runs were missed, not how many: a past-due run stands for at least one.
        return new TimerInvocation(scheduledAt, IsRealInstant(last) ? last : null, isPastDue, isPastDue ? 1 : 0);
    }

    /// <summary>Before the first run the host reports <c>Last</c> as <c>0001-01-01</c>.</summary>
    private static bool IsRealInstant(DateTimeOffset? instant) => instant is { Year: > 1 };
}
