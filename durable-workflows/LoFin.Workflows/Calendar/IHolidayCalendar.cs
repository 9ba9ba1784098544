namespace LoFin.Workflows.Calendar;

/// <summary>
/// Public holidays (공휴일, 대체공휴일) in Asia/Seoul, a port: the default knows none, and an
/// adapter with the government's holiday list (e.g. the 특일 정보 open API) can replace it.
/// Weekends are never business days and need not be listed.
/// </summary>
public interface IHolidayCalendar
{
    bool IsHoliday(DateOnly date);
}
