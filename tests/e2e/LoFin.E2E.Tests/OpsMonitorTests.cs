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
}
