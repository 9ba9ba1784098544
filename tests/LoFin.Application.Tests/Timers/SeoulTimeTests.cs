using LoFin.Domain.Time;
using LoFin.Testing;
using Xunit;

namespace LoFin.Application.Tests.Timers;

public sealed class SeoulTimeTests
{
    [Theory]
    [InlineData("2026-03-01T14:59:59Z", "2026-03-01")]
    [InlineData("2026-03-01T15:00:00Z", "2026-03-02")]
    [InlineData("2026-12-31T15:00:00Z", "2027-01-01")]
    public void Today_WhenUtcIsBeforeOrAfterSeoulMidnight_ReturnsTheSeoulDate(string utcNow, string expected)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SeoulTime.Today(clock));
    }

    [Fact]
    public void ToSeoul_WhenGivenAnInstant_KeepsTheInstantAtPlusNine()
    {
        var instant = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

        var seoul = SeoulTime.ToSeoul(instant);

        Assert.Equal(instant, seoul);
        Assert.Equal(TimeSpan.FromHours(9), seoul.Offset);
        Assert.Equal(9, seoul.Hour);
    }
}
