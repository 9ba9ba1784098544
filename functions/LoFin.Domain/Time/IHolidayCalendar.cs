namespace LoFin.Domain.Time;

/// <summary>
/// Public holidays (공휴일, 대체공휴일) in Asia/Seoul. The platform uses
/// <see cref="PublicHolidayCalendar"/> with the published list; weekends are never business
/// days and need not be listed.
/// </summary>
public interface IHolidayCalendar
{
    bool IsHoliday(DateOnly date);
}
