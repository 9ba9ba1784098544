namespace LoFin.Application.Timers;

/// <summary>
/// One claimed occurrence and what became of it. <see cref="LeaseUntil"/> is how long the claim
/// keeps other instances from starting the function's next occurrence while this one runs: the
/// claimer renews it, so it runs out only when the claimer is gone.
/// </summary>
public sealed record TimerRunRecord(
    DateTimeOffset ScheduledAt,
    DateTimeOffset? PreviousScheduledAt,
    bool IsPastDue,
    int MissedOccurrences,
    string ClaimedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset LeaseUntil,
    TimerRunOutcome Outcome,
    DateTimeOffset? CompletedAt = null,
    long? DurationMs = null,
    string? Error = null)
{
    public bool HoldsLease(DateTimeOffset now) => Outcome == TimerRunOutcome.Running && LeaseUntil > now;
}
