namespace LoFin.Workflows.Calendar;

/// <summary>The default calendar: no public holidays, so only weekends are days off.</summary>
public sealed class WeekendsOnlyCalendar : IHolidayCalendar
{
    public bool IsHoliday(DateOnly date) => false;
}
