namespace LoFin.Domain.Time;

/// <summary>
/// Korean public holidays (공휴일 and 대체공휴일, from the 관보's 월력요항) for the years a list
/// covers. A date in a year the list does not cover is treated as a working day, and
/// <see cref="Covers"/> tells callers (and operators' warnings) when that happens.
/// </summary>
public sealed class PublicHolidayCalendar : IHolidayCalendar
{
    private readonly Dictionary<DateOnly, IReadOnlyList<string>> _holidays;
    private readonly HashSet<int> _years;

    public PublicHolidayCalendar(IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> holidays, IEnumerable<int> coveredYears)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = new Dictionary<DateOnly, IReadOnlyList<string>>(holidays);
        _years = [.. coveredYears];
        var outside = _holidays.Keys.FirstOrDefault(d => !_years.Contains(d.Year));
        if (outside != default)
        {
            throw new ArgumentException($"{outside:yyyy-MM-dd} lies outside the covered years.", nameof(holidays));
        }
    }

    public IReadOnlyCollection<int> CoveredYears => _years;

    public bool Covers(int year) => _years.Contains(year);

    public bool IsHoliday(DateOnly date) => _holidays.ContainsKey(date);

    /// <summary>The holiday's names (a day can be two holidays at once, e.g. 2025-05-05); empty on other days.</summary>
    public IReadOnlyList<string> NamesOf(DateOnly date) => _holidays.TryGetValue(date, out var names) ? names : [];
}
