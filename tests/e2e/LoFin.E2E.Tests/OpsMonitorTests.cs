using Microsoft.Playwright;

namespace LoFin.E2E.Tests;

[Collection(PortalCollection.Name)]
public sealed class OpsMonitorTests(PortalFixture portal)
{
    [Fact]
    public async Task DeadLetterTab_WhenOperatorOpensIt_ShowsTheTable()
    {
        var page = await portal.SignedInPageAsync("suwon.operator");
        await page.GotoAsync("/ops/");
        await Assertions.Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("경기도 수원시");
        await page.GetByTestId("tab-dead-letters").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dead-letter-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TimerTab_WhenMinistryOperatorOpensIt_ListsThePlatformTimersAndGovernmentsDoNotSeeIt()
    {
        var ministry = await portal.SignedInPageAsync("mois.operator");
        await ministry.GotoAsync("/ops/");
        await ministry.GetByTestId("tab-timers").ClickAsync();
        await Assertions.Expect(ministry.GetByTestId("timer-table")).ToContainTextAsync("VerifyAuditChains");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(ministry));

        var government = await portal.SignedInPageAsync("seoul.operator");
        await government.GotoAsync("/ops/");
        await Assertions.Expect(government.GetByTestId("tab-dead-letters")).ToBeVisibleAsync();
        Assert.Equal(0, await government.GetByTestId("tab-timers").CountAsync());
    }
}
