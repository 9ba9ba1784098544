namespace LoFin.Application.Timers;

/// <summary>What operators see for one timer. <see cref="Registered"/> is false for a state left by a function that no longer exists.</summary>
public sealed record TimerStatus(
    string Name,
    string Schedule,
    bool Registered,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? NextOccurrence,
    DateTimeOffset? LastScheduledAt,
    TimerRunRecord? LastRun,
    TimerFailure? LastFailure)
{
    public string? LastError => LastFailure?.Error;
}
