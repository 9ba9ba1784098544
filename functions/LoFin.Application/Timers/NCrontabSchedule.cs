namespace LoFin.Application.Timers;

/// <summary>
/// A six-field NCRONTAB schedule, <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>,
/// as Azure Functions timer triggers accept it (Azure uses NCrontab with seconds).
/// <list type="bullet">
/// <item>Each field takes <c>*</c>, numbers, ranges <c>a-b</c>, lists <c>a,b,c</c> and steps
/// <c>*/n</c>, <c>a/n</c> (a, a+n, … to the field's maximum) and <c>a-b/n</c>.</item>
/// <item>Month and day-of-week also take names, case-insensitive: any prefix of at least three
/// letters of the English name (<c>Jan</c>, <c>sept</c>, <c>MON</c>, <c>Thurs</c>, <c>Friday</c>).</item>
/// <item>Day-of-week is 0-6 with 0 = Sunday, as in NCrontab; 7 is refused.</item>
/// <item>Day and day-of-week must both match (NCrontab's rule, unlike Vixie cron's "either"):
/// <c>0 0 9 13 * Fri</c> is 09:00 on Friday the 13th only.</item>
/// </list>
/// Everything accepted here means the same in Azure. A few things NCrontab accepts are refused
/// because they are almost surely mistakes: backwards ranges (NCrontab silently swaps the ends),
/// steps of 0 or wider than the field, one- and two-letter names, and day/month combinations
/// that never occur (<c>30 2</c>), which would make a timer that never fires.
/// </summary>
public sealed class NCrontabSchedule : TimerSchedule
{
    private const int MaxYear = 9999;

    private readonly CronField _seconds;
    private readonly CronField _minutes;
    private readonly CronField _hours;
    private readonly CronField _days;
    private readonly CronField _months;
    private readonly CronField _daysOfWeek;

    private NCrontabSchedule(string expression, CronField[] fields)
        : base(expression)
    {
        (_seconds, _minutes, _hours, _days, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    private static readonly CronFieldSpec[] FieldOrder =
        [CronFieldSpec.Second, CronFieldSpec.Minute, CronFieldSpec.Hour, CronFieldSpec.Day, CronFieldSpec.Month, CronFieldSpec.DayOfWeek];

    /// <summary>Parses a six-field expression; <see cref="FormatException"/> names the field at fault.</summary>
    public static new NCrontabSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        if (text.Length == 0)
        {
            throw new FormatException("Invalid NCRONTAB schedule: the expression is empty.");
        }
        if (text.Contains(':', StringComparison.Ordinal))
        {
            throw new FormatException($"'{expression}' is the TimeSpan form of a timer schedule, not NCRONTAB; TimerSchedule.Parse accepts both.");
        }
        // NCrontab splits on spaces only; a tab would be part of a field there, so it is here too.
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 5)
        {
            throw new FormatException($"Invalid NCRONTAB schedule '{expression}': Azure Functions needs six fields "
                + "{second} {minute} {hour} {day} {month} {day-of-week}, and this has five (classic cron without seconds). "
                + $"Add the seconds field first, e.g. '0 {text}'.");
        }
        if (tokens.Length != 6)
        {
            throw new FormatException($"Invalid NCRONTAB schedule '{expression}': Azure Functions needs six fields "
                + $"{{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}, and this has {tokens.Length}.");
        }
        var fields = new CronField[6];
        for (var i = 0; i < fields.Length; i++)
        {
            try
            {
                fields[i] = CronField.Parse(FieldOrder[i], tokens[i]);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"Invalid NCRONTAB schedule '{expression}': {ex.Message}.", ex);
            }
        }
        var schedule = new NCrontabSchedule(text, fields);
        schedule.RequireSomeDayOccurs(expression);
        return schedule;
    }

    public override DateTime? GetNextOccurrence(DateTime afterLocal)
    {
        // Whole seconds only: the first candidate is the next whole second after the base.
        int year = afterLocal.Year, month = afterLocal.Month, day = afterLocal.Day;
        int hour = afterLocal.Hour, minute = afterLocal.Minute, second = afterLocal.Second + 1;
        while (year <= MaxYear)
        {
            if (!_months.Contains(month))
            {
                var nextMonth = _months.Next(month);
                if (nextMonth < 0)
                {
                    (year, month) = (year + 1, _months.Next(1));
                }
                else
                {
                    month = nextMonth;
                }
                (day, hour, minute, second) = (1, 0, 0, 0);
                continue;
            }
            if (day > DateTime.DaysInMonth(year, month))
            {
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
                (day, hour, minute, second) = (1, 0, 0, 0);
                continue;
            }
            if (!_days.Contains(day) || !_daysOfWeek.Contains((int)new DateTime(year, month, day).DayOfWeek))
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }
            var nextHour = _hours.Next(hour);
            if (nextHour < 0)
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }
            if (nextHour != hour)
            {
                (hour, minute, second) = (nextHour, 0, 0);
            }
            var nextMinute = _minutes.Next(minute);
            if (nextMinute < 0)
            {
                (hour, minute, second) = (hour + 1, 0, 0);
                continue;
            }
            if (nextMinute != minute)
            {
                (minute, second) = (nextMinute, 0);
            }
            var nextSecond = _seconds.Next(second);
            if (nextSecond < 0)
            {
                (minute, second) = (minute + 1, 0);
                continue;
            }
            return new DateTime(year, month, day, hour, minute, nextSecond, afterLocal.Kind);
        }
        return null;
    }

    /// <summary>
    /// Evaluates the fields on <paramref name="zone"/>'s wall clock. Each wall-clock time occurs
    /// at most once: in zones with daylight saving (not Seoul), a time skipped by the spring gap
    /// does not occur that day, and a time repeated in the autumn occurs in its first pass only.
    /// </summary>
    public override DateTimeOffset NextAfter(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        while (GetNextOccurrence(local) is { } candidate)
        {
            local = candidate;
            if (zone.IsInvalidTime(candidate))
            {
                continue;
            }
            // The larger offset is the earlier instant: the first pass through a repeated hour.
            var offset = zone.IsAmbiguousTime(candidate) ? zone.GetAmbiguousTimeOffsets(candidate).Max() : zone.GetUtcOffset(candidate);
            var occurrence = new DateTimeOffset(candidate, offset);
            if (occurrence > instant)
            {
                return occurrence;
            }
        }
        throw new InvalidOperationException($"Schedule '{Expression}' has no occurrence after {instant:o} before year {MaxYear + 1}.");
    }

    private void RequireSomeDayOccurs(string expression)
    {
        // February counts as 29 days: leap years come round, and every weekday falls on each date
        // within the 400-year cycle, so some month/day pair fitting in its month is enough.
        var occurs = _months.Values().Any(month => _days.Next(1) is var first && first > 0 && first <= DateTime.DaysInMonth(2000, month));
        if (!occurs)
        {
            throw new FormatException($"Invalid NCRONTAB schedule '{expression}': day field: no selected day exists in any selected month, so the timer would never fire.");
        }
    }
}
