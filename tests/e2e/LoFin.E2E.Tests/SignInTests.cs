using Microsoft.Playwright;

namespace LoFin.E2E.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    [Theory]
    [InlineData("11000", "seoul.budget", "/ehojo/", "서울특별시", "김예산")]
    [InlineData("41110", "suwon.subsidy", "/botame/", "경기도 수원시", "하보조")]
    [InlineData("41830", "yangpyeong.resident", "/participation/", "경기도 양평군", "주민 민들레")]
    public async Task SignIn_WhenDemoUserChosen_LandsOnTheirPortalShowingTheirGovernment(string tenantId, string userId, string portalPath, string tenantName, string userName)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/signin/");
        await page.Locator("#signin-tenant").SelectOptionAsync(tenantId);
        // KRDS draws the radio under its label: choose by clicking the label, as a person does.
        await page.Locator($"label[for='{await page.Locator($"input[name='user'][value='{userId}']").GetAttributeAsync("id")}']").ClickAsync();
        await page.Locator("#signin-submit").ClickAsync();

        await page.WaitForURLAsync($"**{portalPath}");
        await Assertions.Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync(tenantName);
        await Assertions.Expect(page.GetByTestId("user-name")).ToContainTextAsync(userName);
    }

    [Fact]
    public async Task PortalHome_WhenNotSignedIn_RedirectsToSignInAndBack()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/ehojo/");
        await page.WaitForURLAsync("**/signin/?returnUrl=*");
        await page.Locator("#signin-tenant").SelectOptionAsync("41110");
        var userId = "suwon.finance";
        await page.Locator($"label[for='{await page.Locator($"input[name='user'][value='{userId}']").GetAttributeAsync("id")}']").ClickAsync();
        await page.Locator("#signin-submit").ClickAsync();
        await page.WaitForURLAsync("**/ehojo/");
        await Assertions.Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("경기도 수원시");
    }

    [Fact]
    public async Task SignOut_WhenClicked_ForgetsTheToken()
    {
        var page = await portal.SignedInPageAsync("seoul.policy");
        await page.GotoAsync("/policy/");
        await Assertions.Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("서울특별시");
        await page.GetByTestId("sign-out").ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => window.sessionStorage.getItem('lofin.token')"));
    }
}
