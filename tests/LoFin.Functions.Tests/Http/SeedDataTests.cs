using LoFin.Domain.Time;
using LoFin.Functions.Hosting;

namespace LoFin.Functions.Tests.Http;

public sealed class SeedDataTests
{
    [Fact]
    public void LocalGovernments_WhenRead_Are243With17MetropolitanAnd226Basic()
    {
        var governments = DemoSeeder.ReadLocalGovernments(Path.Combine(DemoSeeder.SeedDirectory, "local-governments.csv"));
        Assert.Equal(243, governments.Count);
        Assert.Equal(243, governments.Select(g => g.TenantId).Distinct().Count());
        Assert.All(governments.Where(g => g.ParentId is not null), g => Assert.Contains(governments, p => p.TenantId == g.ParentId));
    }

    [Fact]
    public void Holidays_WhenLoaded_CoverTheYearsShippedIncludingSubstituteHolidays()
    {
        var calendar = HolidayCalendarLoader.Load(Path.Combine(DemoSeeder.SeedDirectory, "holidays"));
        Assert.All(Enumerable.Range(2018, 10), year => Assert.True(calendar.Covers(year), $"{year}"));
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 3, 2)));   // 대체공휴일(3ㆍ1절)
        Assert.True(calendar.IsHoliday(new DateOnly(2025, 10, 6)));  // 추석
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 3, 3)));
    }

    [Fact]
    public void App_WhenBuilt_UsesThePublishedHolidaysForDeadlines()
    {
        using var app = new LoFinAppFactory();
        try
        {
            app.CreateClient().Dispose();
            var calendar = (IHolidayCalendar)app.Services.GetService(typeof(IHolidayCalendar))!;
            Assert.True(calendar.IsHoliday(new DateOnly(2026, 3, 2)));
        }
        finally
        {
            app.Dispose();
            app.DeleteData();
        }
    }
}
