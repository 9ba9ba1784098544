using System.Globalization;
using LoFin.Application.Timers;
using Xunit;

namespace LoFin.Application.Tests.Timers;

public sealed class NCrontabScheduleTests
{
    // Monday 2 March 2026, 10:17:23 on the wall clock.
    private const string Base = "2026-03-02 10:17:23";

    [Theory]
    [InlineData("0 */5 * * * *", "2026-03-02 10:20:00")]
    [InlineData("0 0 9 * * Mon-Fri", "2026-03-03 09:00:00")]
    [InlineData("0 30 9 1 * *", "2026-04-01 09:30:00")]
    [InlineData("0 0 0 1 1 *", "2027-01-01 00:00:00")]
    [InlineData("0 0 18 * * 5", "2026-03-06 18:00:00")]
    [InlineData("*/10 * * * * *", "2026-03-02 10:17:30")]
    [InlineData("0-30/15 * * * * *", "2026-03-02 10:17:30")]
    [InlineData("0 0 8-18/2 * * *", "2026-03-02 12:00:00")]
    [InlineData("0 5/20 * * * *", "2026-03-02 10:25:00")]
    [InlineData("0 0 * * * *", "2026-03-02 11:00:00")]
    [InlineData("30 15 10 * * *", "2026-03-03 10:15:30")]
    [InlineData("0 0 9 * Jan,Jun *", "2026-06-01 09:00:00")]
    [InlineData("0 0 10 * Mar-May/2 *", "2026-03-03 10:00:00")]
    [InlineData("0 0 12 * * sat,SUN", "2026-03-07 12:00:00")]
    [InlineData("0 0 0 * * Sunday", "2026-03-08 00:00:00")]
    [InlineData("0 0 0 * * 0", "2026-03-08 00:00:00")]
    [InlineData("0 0 9 * * thurs", "2026-03-05 09:00:00")]
    [InlineData("0 0 9 1 sept *", "2026-09-01 09:00:00")]
    [InlineData("0 0 9 13 * Fri", "2026-03-13 09:00:00")]
    [InlineData("0 0 0 1-7 * Mon", "2026-04-06 00:00:00")]
    [InlineData("  0  0  9  *  *  *  ", "2026-03-03 09:00:00")]
    public void GetNextOccurrence_WhenExpressionIsValid_ReturnsTheNextWallClockTime(string expression, string expected)
    {
        var schedule = NCrontabSchedule.Parse(expression);

        Assert.Equal(Local(expected), schedule.GetNextOccurrence(Local(Base)));
    }

    [Theory]
    [InlineData("2026-03-02 09:00:00", "2026-03-03 09:00:00")]
    [InlineData("2026-03-02 08:59:59.999", "2026-03-02 09:00:00")]
    [InlineData("2026-03-02 09:00:00.001", "2026-03-03 09:00:00")]
    public void GetNextOccurrence_WhenBaseIsOnOrNearAnOccurrence_ReturnsTheOneStrictlyAfter(string after, string expected)
    {
        var schedule = NCrontabSchedule.Parse("0 0 9 * * *");

        Assert.Equal(Local(expected), schedule.GetNextOccurrence(Local(after)));
    }

    [Theory]
    [InlineData("0 0 0 31 * *", "2026-04-01 00:00:00", "2026-05-31 00:00:00")]
    [InlineData("0 0 0 31 * *", "2026-01-31 00:00:00", "2026-03-31 00:00:00")]
    [InlineData("0 0 0 30 * *", "2026-02-01 00:00:00", "2026-03-30 00:00:00")]
    [InlineData("0 0 0 29 2 *", "2026-03-02 00:00:00", "2028-02-29 00:00:00")]
    [InlineData("0 0 0 29 2 *", "2028-02-29 00:00:00", "2032-02-29 00:00:00")]
    [InlineData("0 0 0 29 2 *", "2096-03-01 00:00:00", "2104-02-29 00:00:00")]
    [InlineData("0 0 0 29 * *", "2027-02-01 00:00:00", "2027-03-29 00:00:00")]
    [InlineData("0 0 0 29 * *", "2028-02-01 00:00:00", "2028-02-29 00:00:00")]
    [InlineData("0 0 12 29 2 Mon", "2026-03-02 00:00:00", "2044-02-29 12:00:00")]
    [InlineData("59 59 23 31 12 *", "2026-12-31 23:59:59", "2027-12-31 23:59:59")]
    public void GetNextOccurrence_WhenDayDoesNotExistInEveryMonth_SkipsMonthsWithoutIt(string expression, string after, string expected)
    {
        var schedule = NCrontabSchedule.Parse(expression);

        Assert.Equal(Local(expected), schedule.GetNextOccurrence(Local(after)));
    }

    [Fact]
    public void GetNextOccurrence_WhenPastTheLastRepresentableYear_ReturnsNull()
    {
        var schedule = NCrontabSchedule.Parse("0 0 0 1 1 *");

        Assert.Null(schedule.GetNextOccurrence(Local("9999-06-01 00:00:00")));
    }

    [Fact]
    public void GetNextOccurrence_WhenCalledRepeatedly_WalksEveryOccurrenceInOrder()
    {
        var schedule = NCrontabSchedule.Parse("0 0,30 9-10 * * Mon-Fri");
        var occurrences = new List<DateTime>();
        var at = Local("2026-03-06 09:45:00");
        for (var i = 0; i < 5; i++)
        {
            at = schedule.GetNextOccurrence(at)!.Value;
            occurrences.Add(at);
        }

        Assert.Equal(
            [Local("2026-03-06 10:00:00"), Local("2026-03-06 10:30:00"), Local("2026-03-09 09:00:00"), Local("2026-03-09 09:30:00"), Local("2026-03-09 10:00:00")],
            occurrences);
    }

    [Theory]
    [InlineData("0 0 25 * * *", "hour field: 25 is out of range 0-23")]
    [InlineData("60 * * * * *", "second field: 60 is out of range 0-59")]
    [InlineData("0 60 * * * *", "minute field: 60 is out of range 0-59")]
    [InlineData("0 0 0 0 * *", "day field: 0 is out of range 1-31")]
    [InlineData("0 0 0 32 * *", "day field: 32 is out of range 1-31")]
    [InlineData("0 0 0 * 13 *", "month field: 13 is out of range 1-12")]
    [InlineData("0 0 0 * * 7", "day-of-week field: 7 is out of range 0-6")]
    [InlineData("0 0 99999999999 * * *", "hour field: 99999999999 is out of range 0-23")]
    [InlineData("0 0 0 * * Mo", "day-of-week field: 'Mo' is not a day-of-week name")]
    [InlineData("0 0 0 * Foo *", "month field: 'Foo' is not a month name")]
    [InlineData("0 0 a * * *", "hour field: 'a' is not a number")]
    [InlineData("0 0 Mon * * *", "hour field: 'Mon' is not a number")]
    [InlineData("0 0 22-2 * * *", "hour field: range 22-2 runs backwards")]
    [InlineData("0 0 0 * * Fri-Mon", "day-of-week field: range Fri-Mon runs backwards")]
    [InlineData("*/0 * * * * *", "second field: step 0 must be between 1 and 60")]
    [InlineData("0 */61 * * * *", "minute field: step 61 must be between 1 and 60")]
    [InlineData("0 */x * * * *", "minute field: step 'x' is not a whole number")]
    [InlineData("0 1,,2 * * * *", "minute field: a list has an empty element")]
    [InlineData("0 1, * * * *", "minute field: a list has an empty element")]
    [InlineData("0 -5 * * * *", "minute field: a range is missing one of its ends")]
    [InlineData("0 0 9 * * Mon-", "day-of-week field: a range is missing one of its ends")]
    [InlineData("0 0 0 30 2 *", "day field: no selected day exists in any selected month")]
    [InlineData("0 0 0 31 4,6,9,11 *", "day field: no selected day exists in any selected month")]
    [InlineData("0 0 0 * * * *", "needs six fields")]
    [InlineData("0 0", "needs six fields")]
    public void Parse_WhenExpressionIsInvalid_ThrowsNamingTheField(string expression, string expectedMessage)
    {
        var error = Assert.Throws<FormatException>(() => NCrontabSchedule.Parse(expression));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains(expression.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenExpressionHasFiveFields_RefusesSayingAzureNeedsSix()
    {
        var error = Assert.Throws<FormatException>(() => NCrontabSchedule.Parse("*/5 * * * *"));

        Assert.Contains("Azure Functions needs six fields", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0 */5 * * * *'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_WhenExpressionIsEmpty_Throws(string expression)
    {
        var error = Assert.Throws<FormatException>(() => NCrontabSchedule.Parse(expression));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenGivenTheTimeSpanForm_PointsToTimerSchedule()
    {
        var error = Assert.Throws<FormatException>(() => NCrontabSchedule.Parse("00:05:00"));

        Assert.Contains("TimeSpan form", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNamesDifferOnlyInCase_GivesTheSameSchedule()
    {
        var lower = NCrontabSchedule.Parse("0 0 9 * jan-mar mon-fri");
        var upper = NCrontabSchedule.Parse("0 0 9 * JAN-MAR MON-FRI");
        var numbers = NCrontabSchedule.Parse("0 0 9 * 1-3 1-5");
        var at = Local(Base);
        for (var i = 0; i < 50; i++)
        {
            var next = numbers.GetNextOccurrence(at);
            Assert.Equal(next, lower.GetNextOccurrence(at));
            Assert.Equal(next, upper.GetNextOccurrence(at));
            at = next!.Value;
        }
    }

    private static DateTime Local(string text) =>
        DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff"], CultureInfo.InvariantCulture, DateTimeStyles.None);
}
