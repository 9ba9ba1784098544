namespace LoFin.Domain.Time;

/// <summary>A calendar with no public holidays, so only weekends are days off (tests, and years no list covers yet).</summary>
public sealed class WeekendsOnlyCalendar : IHolidayCalendar
{
    public bool IsHoliday(DateOnly date) => false;
}
