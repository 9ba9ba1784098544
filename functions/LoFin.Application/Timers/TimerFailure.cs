namespace LoFin.Application.Timers;

/// <summary>The most recent failed or abandoned occurrence; kept after later successes so operators can see it.</summary>
public sealed record TimerFailure(DateTimeOffset ScheduledAt, DateTimeOffset At, string Error);
