namespace LoFin.E2E.Tests;

[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<string, string?> Pages => new()
    {
        { "/", null },
        { "/signin/", null },
        { "/ehojo/", "seoul.budget" },
        { "/botame/", "seoul.subsidy" },
        { "/policy/", "seoul.policy" },
        { "/bill/", "seoul.vendor" },
        { "/participation/", "seoul.resident" },
        { "/open/", null },
        { "/open/", "seoul.disclosure" },
        { "/ops/", "seoul.operator" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WhenScannedWithAxe_HasNoSeriousOrCriticalViolation(string path, string? userId)
    {
        var page = userId is null ? await portal.NewPageAsync() : await portal.SignedInPageAsync(userId);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
