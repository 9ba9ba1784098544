using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoFin.E2E.Tests;

// TEMPORARY: screenshots for review; deleted before handing back.
[Collection(PortalCollection.Name)]
public sealed class ZzScratchScreens(PortalFixture portal)
{
    [Fact]
    public async Task Screens()
    {
        var clerk = await portal.SignedInPageAsync("suwon.clerk");
        await clerk.SetViewportSizeAsync(1280, 900);
        await clerk.GotoAsync("/ehojo/#draft");
        await clerk.Locator("#draft-title").FillAsync("사무용품 구입");
        await clerk.Locator("#draft-amount").FillAsync("5000000");
        foreach (var u in new[] { "suwon.teamlead", "suwon.divisionhead", "suwon.director" })
        {
            await clerk.Locator("#line-candidate").SelectOptionAsync(u);
            await clerk.Locator("#line-add").ClickAsync();
        }
        await Expect(clerk.GetByTestId("line-member")).ToHaveCountAsync(3);
        await Expect(clerk.Locator("#draft-amount-level")).ToContainTextAsync("과장");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/apw/draft.png", FullPage = true });
        await clerk.Locator("#draft-submit").ClickAsync();
        await Expect(clerk.GetByTestId("approval-detail")).ToHaveAttributeAsync("data-state", "loaded");
        var id = await clerk.GetByTestId("approval-detail").GetAttributeAsync("data-instance-id");
        await clerk.ScreenshotAsync(new() { Path = "/tmp/apw/detail-drafter.png", FullPage = true });

        var tl = await portal.SignedInPageAsync("suwon.teamlead");
        await tl.SetViewportSizeAsync(1280, 900);
        await tl.GotoAsync("/ehojo/");
        await Expect(tl.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await tl.ScreenshotAsync(new() { Path = "/tmp/apw/inbox.png", FullPage = true });
        await tl.Locator($"[data-instance-id='{id}'] [data-testid=inbox-open]").ClickAsync();
        await Expect(tl.GetByTestId("approval-detail")).ToHaveAttributeAsync("data-state", "loaded");
        await tl.ScreenshotAsync(new() { Path = "/tmp/apw/detail-approver.png", FullPage = true });
        await tl.Locator("#decision-approve").ClickAsync();
        await Expect(tl.GetByRole(AriaRole.Dialog)).ToHaveCSSAsync("opacity", "1");
        await tl.ScreenshotAsync(new() { Path = "/tmp/apw/dialog.png" });
        await tl.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "승인", Exact = true }).ClickAsync();
        await Expect(tl.GetByTestId("detail-status")).ToContainTextAsync("승인했습니다");

        var dh = await portal.SignedInPageAsync("suwon.divisionhead");
        await dh.SetViewportSizeAsync(1280, 900);
        await dh.GotoAsync($"/ehojo/#doc/{id}");
        await Expect(dh.GetByTestId("approval-detail")).ToHaveAttributeAsync("data-state", "loaded");
        await dh.Locator("#decision-comment").FillAsync("확인했습니다.");
        await dh.Locator("#decision-approve").ClickAsync();
        await dh.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "승인", Exact = true }).ClickAsync();
        await Expect(dh.GetByTestId("approval-status")).ToHaveTextAsync("결재 완료");
        await dh.ScreenshotAsync(new() { Path = "/tmp/apw/detail-done.png", FullPage = true });
        await dh.SetViewportSizeAsync(390, 844);
        await dh.ScreenshotAsync(new() { Path = "/tmp/apw/detail-done-phone.png", FullPage = true });
        await clerk.SetViewportSizeAsync(390, 844);
        await clerk.GotoAsync("/ehojo/#draft");
        await clerk.Locator("#line-candidate").SelectOptionAsync("suwon.teamlead");
        await clerk.Locator("#line-add").ClickAsync();
        await clerk.ScreenshotAsync(new() { Path = "/tmp/apw/draft-phone.png", FullPage = true });
    }
}
