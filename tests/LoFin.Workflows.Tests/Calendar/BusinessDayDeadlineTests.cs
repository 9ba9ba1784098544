using LoFin.Domain.Time;
using LoFin.Workflows.Calendar;
using Xunit;

namespace LoFin.Workflows.Tests.Calendar;

public sealed class BusinessDayDeadlineTests
{
    private static readonly BusinessDayDeadline WeekendsOnly = new(new WeekendsOnlyCalendar());

    [Fact]
    public void DueAt_WhenAssignedMondayMorning_IsTheStartOfFridayInSeoul()
    {
        var mondayMorning = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(9));

        var due = WeekendsOnly.DueAt(mondayMorning, 3);

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(9)), due);
    }

    [Fact]
    public void DueAt_WhenAssignedFriday_SkipsTheWeekend()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.FromHours(9)), WeekendsOnly.DueAt(friday, 3));
    }

    [Fact]
    public void DueAt_WhenUtcDateIsSundayButSeoulIsMonday_CountsFromMonday()
    {
        var sundayUtcMondaySeoul = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(9)), WeekendsOnly.DueAt(sundayUtcMondaySeoul, 3));
    }

    [Fact]
    public void DueAt_WhenAHolidayFallsInside_SkipsIt()
    {
        var withHoliday = new BusinessDayDeadline(new FixedHolidays(new DateOnly(2026, 3, 4)));
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(9)), withHoliday.DueAt(monday, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void DueAt_WhenDaysAreOutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeekendsOnly.DueAt(DateTimeOffset.UnixEpoch, days));

    private sealed class FixedHolidays(params DateOnly[] days) : IHolidayCalendar
    {
        public bool IsHoliday(DateOnly date) => days.Contains(date);
    }
}
