using System.Globalization;

namespace LoFin.Application.Timers;

/// <summary>
/// The TimeSpan form of an Azure timer schedule, e.g. <c>00:05:00</c>: a fixed interval
/// counted from the previous occurrence (the first from when the timer was first seen), as
/// Azure's ConstantSchedule counts from the previous invocation. Only the plain
/// <c>hh:mm:ss</c> spelling with hh below 24 is accepted, which is what the Azure docs describe;
/// day parts and the other spellings <c>TimeSpan.Parse</c> would take are refused.
/// </summary>
public sealed class IntervalSchedule : TimerSchedule
{
    private IntervalSchedule(string expression, TimeSpan interval)
        : base(expression) => Interval = interval;

    public TimeSpan Interval { get; }

    public static new IntervalSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        var parts = text.Split(':');
        if (parts.Length != 3 || parts.Any(part => part.Length != 2 || !part.All(char.IsAsciiDigit)))
        {
            throw new FormatException($"Invalid timer schedule '{expression}': the TimeSpan form is hh:mm:ss with two digits each and hh below 24 (e.g. 00:05:00); use six-field NCRONTAB for anything else.");
        }
        var hours = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var seconds = int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture);
        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            throw new FormatException($"Invalid timer schedule '{expression}': hours must be 00-23, minutes and seconds 00-59.");
        }
        var interval = new TimeSpan(hours, minutes, seconds);
        if (interval == TimeSpan.Zero)
        {
            throw new FormatException($"Invalid timer schedule '{expression}': the interval must be at least one second.");
        }
        return new IntervalSchedule(text, interval);
    }

    public override DateTime? GetNextOccurrence(DateTime afterLocal) =>
        DateTime.MaxValue - afterLocal < Interval ? null : afterLocal + Interval;

    public override DateTimeOffset NextAfter(DateTimeOffset instant, TimeZoneInfo zone) => instant + Interval;
}
