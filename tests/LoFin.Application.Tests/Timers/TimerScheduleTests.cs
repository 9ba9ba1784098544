using LoFin.Application.Timers;
using LoFin.Domain.Time;
using Xunit;

namespace LoFin.Application.Tests.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Instant = new(2026, 3, 2, 1, 2, 3, TimeSpan.Zero);

    [Fact]
    public void Parse_WhenExpressionIsATimeSpan_ReturnsAnIntervalCountedFromTheGivenInstant()
    {
        var schedule = Assert.IsType<IntervalSchedule>(TimerSchedule.Parse("00:05:00"));

        Assert.Equal(TimeSpan.FromMinutes(5), schedule.Interval);
        Assert.Equal(Instant.AddMinutes(5), schedule.NextAfter(Instant, SeoulTime.Zone));
    }

    [Fact]
    public void Parse_WhenExpressionHasSixFields_ReturnsAnNCrontabSchedule()
    {
        Assert.IsType<NCrontabSchedule>(TimerSchedule.Parse("0 */5 * * * *"));
    }

    [Theory]
    [InlineData("24:00:00")]
    [InlineData("00:60:00")]
    [InlineData("00:00:60")]
    [InlineData("1.00:00:00")]
    [InlineData("0:05:00")]
    [InlineData("00:05")]
    [InlineData("00:05:00.5")]
    [InlineData("-00:05:00")]
    public void Parse_WhenTimeSpanIsNotPlainHoursMinutesSeconds_RefusesWithTheAcceptedForm(string expression)
    {
        var error = Assert.Throws<FormatException>(() => TimerSchedule.Parse(expression));

        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
        Assert.Matches("hh:mm:ss|00-23", error.Message);
    }

    [Fact]
    public void Parse_WhenIntervalIsZero_Refuses()
    {
        var error = Assert.Throws<FormatException>(() => TimerSchedule.Parse("00:00:00"));

        Assert.Contains("at least one second", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-01T23:30:00Z", "2026-03-02T00:00:00Z")]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z")]
    [InlineData("2026-03-01T23:59:59.999Z", "2026-03-02T00:00:00Z")]
    public void NextAfter_WhenEvaluatedInSeoul_NineOClockIsMidnightUtc(string instant, string expected)
    {
        var schedule = NCrontabSchedule.Parse("0 0 9 * * *");

        var next = schedule.NextAfter(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), SeoulTime.Zone);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.Equal(TimeSpan.FromHours(9), next.Offset);
    }

    [Fact]
    public void NextAfter_WhenScheduleNamesTheFirstOfTheMonth_UsesTheSeoulDate()
    {
        var schedule = NCrontabSchedule.Parse("0 0 0 1 * *");

        var next = schedule.NextAfter(new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero), SeoulTime.Zone);

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 15, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_WhenWallClockTimeFallsInASpringForwardGap_SkipsThatDay()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var schedule = NCrontabSchedule.Parse("0 30 2 * * *");

        // 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist that day.
        var next = schedule.NextAfter(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero), newYork);

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 6, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_WhenWallClockTimeRepeatsInAutumn_OccursInTheFirstPassOnly()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var schedule = NCrontabSchedule.Parse("0 30 1 * * *");

        // 1 November 2026: 02:00 EDT falls back to 01:00 EST, so 01:30 comes round twice.
        var first = schedule.NextAfter(new DateTimeOffset(2026, 11, 1, 5, 0, 0, TimeSpan.Zero), newYork);
        var fromSecondPass = schedule.NextAfter(new DateTimeOffset(2026, 11, 1, 6, 10, 0, TimeSpan.Zero), newYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 6, 30, 0, TimeSpan.Zero), schedule.NextAfter(first, newYork));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 6, 30, 0, TimeSpan.Zero), fromSecondPass);
    }
}
