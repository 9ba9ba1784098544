namespace LoFin.Application.Functions;

/// <summary>
/// A timer-triggered function with a six-field NCRONTAB schedule
/// (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>), evaluated in Asia/Seoul.
/// It fires once per occurrence; after downtime it catches up once, not once per missed occurrence.
/// </summary>
public interface ITimerFunction
{
    string Name { get; }

    string Schedule { get; }

    Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>
/// The occurrence being run. <see cref="IsPastDue"/> is true when the app was down over it
/// and this is the catch-up run; <see cref="MissedOccurrences"/> says how many were folded into it.
/// </summary>
public sealed record TimerInvocation(DateTimeOffset ScheduledAt, DateTimeOffset? PreviousScheduledAt, bool IsPastDue, int MissedOccurrences);
