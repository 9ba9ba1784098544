using LoFin.Domain.Time;

namespace LoFin.Domain.Tests.Time;

public sealed class PublicHolidayCalendarTests
{
    private static readonly PublicHolidayCalendar Calendar = new(
        new Dictionary<DateOnly, IReadOnlyList<string>>
        {
            [new DateOnly(2026, 3, 1)] = ["3ㆍ1절"],
            [new DateOnly(2026, 3, 2)] = ["대체공휴일(3ㆍ1절)"],
            [new DateOnly(2025, 5, 5)] = ["어린이날", "부처님 오신 날"],
        },
        [2025, 2026]);

    [Fact]
    public void IsHoliday_WhenSubstituteHoliday_IsTrue() => Assert.True(Calendar.IsHoliday(new DateOnly(2026, 3, 2)));

    [Fact]
    public void IsHoliday_WhenOrdinaryWeekday_IsFalse() => Assert.False(Calendar.IsHoliday(new DateOnly(2026, 3, 3)));

    [Fact]
    public void NamesOf_WhenTwoHolidaysFallOnOneDay_ListsBoth() =>
        Assert.Equal(["어린이날", "부처님 오신 날"], Calendar.NamesOf(new DateOnly(2025, 5, 5)));

    [Fact]
    public void Covers_WhenYearHasNoList_IsFalse()
    {
        Assert.True(Calendar.Covers(2026));
        Assert.False(Calendar.Covers(2030));
    }

    [Fact]
    public void Constructor_WhenAHolidayLiesOutsideTheCoveredYears_Throws() =>
        Assert.Throws<ArgumentException>(() => new PublicHolidayCalendar(
            new Dictionary<DateOnly, IReadOnlyList<string>> { [new DateOnly(2031, 1, 1)] = ["1월 1일"] }, [2030]));

    [Theory]
    [InlineData("2026-03-01T15:00:00Z", "2026-03-02")]
    [InlineData("2026-03-01T14:59:59Z", "2026-03-01")]
    public void DateOf_WhenInstantCrossesMidnightInSeoul_UsesTheSeoulDate(string instant, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SeoulTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
}
