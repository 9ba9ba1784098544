using LoFin.Domain.Time;
namespace LoFin.Workflows.Calendar;

/// <summary>
/// A deadline of N business days in Asia/Seoul. The day the work is assigned does not
/// count (초일불산입, 민법 제157조); weekends and public holidays do not count; the deadline
/// is the end of the Nth business day after it (24:00 KST). Assigned on Monday with 3
/// days: Tuesday, Wednesday, Thursday, due when Friday begins.
/// </summary>
public sealed class BusinessDayDeadline(IHolidayCalendar holidays)
{
    public const int MaxBusinessDays = 60;

    public DateTimeOffset DueAt(DateTimeOffset assignedAt, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(businessDays, MaxBusinessDays);
        var day = SeoulTime.DateOf(assignedAt);
        var counted = 0;
        while (counted < businessDays)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                counted++;
            }
        }
        return SeoulTime.StartOf(day.AddDays(1));
    }

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.IsHoliday(date);
}
