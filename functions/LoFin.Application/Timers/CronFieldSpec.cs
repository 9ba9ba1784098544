namespace LoFin.Application.Timers;

/// <summary>
/// One of the six NCRONTAB fields: its name in error messages, its range and, for month
/// and day-of-week, the names it accepts. Ranges are NCrontab's, which Azure Functions uses.
/// </summary>
internal sealed record CronFieldSpec(string Name, int Min, int Max, IReadOnlyList<string>? Names = null)
{
    public static readonly CronFieldSpec Second = new("second", 0, 59);
    public static readonly CronFieldSpec Minute = new("minute", 0, 59);
    public static readonly CronFieldSpec Hour = new("hour", 0, 23);
    public static readonly CronFieldSpec Day = new("day", 1, 31);

    public static readonly CronFieldSpec Month = new("month", 1, 12,
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    /// <summary>0 = Sunday … 6 = Saturday. NCrontab has no 7, so neither do we: an expression valid here is valid in Azure.</summary>
    public static readonly CronFieldSpec DayOfWeek = new("day-of-week", 0, 6,
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);

    /// <summary>Three letters is the shortest name accepted: "M" or "Ju" would mean whatever comes first in the list.</summary>
    public const int ShortestName = 3;
}
