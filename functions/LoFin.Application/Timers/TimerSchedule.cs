namespace LoFin.Application.Timers;

/// <summary>
/// A timer function's schedule in either form Azure Functions accepts: a six-field NCRONTAB
/// expression (<see cref="NCrontabSchedule"/>) or an <c>hh:mm:ss</c> interval
/// (<see cref="IntervalSchedule"/>).
/// </summary>
public abstract class TimerSchedule
{
    private protected TimerSchedule(string expression) => Expression = expression;

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>
    /// An expression with a colon is the TimeSpan form (<c>00:05:00</c>); anything else must
    /// be six-field NCRONTAB. Throws <see cref="FormatException"/> naming what is wrong.
    /// </summary>
    public static TimerSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Contains(':', StringComparison.Ordinal)
            ? IntervalSchedule.Parse(expression)
            : NCrontabSchedule.Parse(expression);
    }

    /// <summary>The first occurrence strictly after <paramref name="afterLocal"/>, in the same wall-clock time; null past year 9999.</summary>
    public abstract DateTime? GetNextOccurrence(DateTime afterLocal);

    /// <summary>The first occurrence strictly after <paramref name="instant"/>, evaluating wall-clock fields in <paramref name="zone"/>.</summary>
    public abstract DateTimeOffset NextAfter(DateTimeOffset instant, TimeZoneInfo zone);

    public override string ToString() => Expression;
}
