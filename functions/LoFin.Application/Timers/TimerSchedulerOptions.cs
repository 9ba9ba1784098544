using LoFin.Domain.Time;

namespace LoFin.Application.Timers;

public sealed record TimerSchedulerOptions
{
    /// <summary>
    /// The longest the scheduler sleeps: it wakes at the next due time or after this, whichever
    /// is sooner, so a changed clock (or a test's manual clock) is noticed within this long.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claim keeps other instances from starting the function's next occurrence.
    /// The claimer renews it every third of this while the function runs, so it runs out only
    /// when the claimer has died; then the next occurrence may run elsewhere.
    /// </summary>
    public TimeSpan RunLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>An occurrence started later than this after its scheduled time is reported past due.</summary>
    public TimeSpan PastDueAfter { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The zone whose wall clock the schedules are written in.</summary>
    public TimeZoneInfo TimeZone { get; init; } = SeoulTime.Zone;

    /// <summary>Names this process in claims; unique per process so a restart is a different claimer.</summary>
    public string InstanceId { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
