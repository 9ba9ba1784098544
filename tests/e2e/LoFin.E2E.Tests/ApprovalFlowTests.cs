using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoFin.E2E.Tests;

/// <summary>전자결재 in e호조+: drafting, the 결재 대기함, deciding, and the 전결 rule, through the browser.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApprovalFlowTests(PortalFixture portal)
{
    private const string Clerk = "suwon.clerk";
    private const string TeamLead = "suwon.teamlead";
    private const string DivisionHead = "suwon.divisionhead";
    private const string Director = "suwon.director";

    [Fact]
    public async Task Approval_WhenTeamLeadThenDivisionHeadApprove_EndsApprovedWithDivisionHeadsDelegatedMark()
    {
        var clerk = await portal.SignedInPageAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "사무용품 구입", "5,000,000", TeamLead, DivisionHead, Director);
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");
        await Expect(Detail(clerk).GetByTestId("approval-assignee")).ToContainTextAsync("윤팀장");
        await Expect(Detail(clerk).GetByTestId("line-step-1")).ToContainTextAsync("전결권자");
        await Expect(Detail(clerk).GetByTestId("line-step-2")).ToContainTextAsync("생략");

        var director = await portal.SignedInPageAsync(Director);
        await ExpectNotInInboxAsync(director, instanceId);

        var teamLead = await portal.SignedInPageAsync(TeamLead);
        await OpenFromInboxAsync(teamLead, instanceId);
        await Expect(teamLead.Locator("#detail-title")).ToBeFocusedAsync();
        await Expect(teamLead.Locator("#detail-title")).ToHaveTextAsync("문서 상세: 사무용품 구입");
        await DecideAsync(teamLead, "#decision-approve", "승인");
        await Expect(teamLead.GetByTestId("detail-status")).ToContainTextAsync("승인했습니다. 다음 결재자: 한과장");
        await Expect(Detail(teamLead).GetByTestId("line-step-0")).ToContainTextAsync("승인");
        await Expect(teamLead.Locator("#decision-approve")).ToHaveCountAsync(0);
        await ExpectNotInInboxAsync(director, instanceId);

        var divisionHead = await portal.SignedInPageAsync(DivisionHead);
        await OpenFromInboxAsync(divisionHead, instanceId);
        await DecideAsync(divisionHead, "#decision-approve", "승인");
        await Expect(divisionHead.GetByTestId("detail-status")).ToContainTextAsync("결재가 완료되었습니다 (전결)");

        var status = Detail(divisionHead).GetByTestId("approval-status");
        await Expect(status).ToHaveTextAsync("결재 완료");
        await Expect(status).ToHaveAttributeAsync("data-state", "approved");
        await Expect(Detail(divisionHead).GetByTestId("approval-delegated")).ToHaveTextAsync("전결: 한과장 과장");
        await Expect(Detail(divisionHead).GetByTestId("line-step-1")).ToContainTextAsync("전결");
        await Expect(Detail(divisionHead).GetByTestId("line-step-2")).ToContainTextAsync("생략");
        await Expect(Detail(divisionHead).GetByTestId("signature-table")).ToContainTextAsync("윤팀장");

        // The drafter sees the same outcome; the director was skipped by 전결 and never had it waiting.
        await clerk.ReloadAsync();
        await Expect(Detail(clerk)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 완료");
        await ExpectNotInInboxAsync(director, instanceId);
        await ExpectNotInInboxAsync(divisionHead, instanceId);
    }

    [Fact]
    public async Task Detail_WhenTheDrafterOpensTheirOwnDocument_OffersNoDecision()
    {
        var clerk = await portal.SignedInPageAsync(Clerk);
        await DraftAsync(clerk, "본인 결재 금지 확인", "1000000", DivisionHead);
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");
        await Expect(Detail(clerk).GetByTestId("own-document-note")).ToContainTextAsync("본인이 기안한 문서는 결재할 수 없습니다");
        await Expect(clerk.Locator("#decision-approve")).ToHaveCountAsync(0);
        await Expect(clerk.GetByTestId("decision-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Return_WithoutAComment_IsStoppedOnThePageAndWithOneGoesBackToTheDrafter()
    {
        var clerk = await portal.SignedInPageAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "반려 확인용 문서", "300000", TeamLead, DivisionHead);

        var teamLead = await portal.SignedInPageAsync(TeamLead);
        await OpenFromInboxAsync(teamLead, instanceId);
        await teamLead.Locator("#decision-return").ClickAsync();
        await Expect(teamLead.Locator("#decision-comment-error")).ToContainTextAsync("사유를 결재 의견에 입력해 주세요");
        await Expect(teamLead.Locator("#decision-comment")).ToBeFocusedAsync();
        await Expect(teamLead.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await teamLead.Locator("#decision-comment").FillAsync("견적서를 첨부해 주세요.");
        await DecideAsync(teamLead, "#decision-return", "반려(보완 요구)");
        await Expect(teamLead.GetByTestId("detail-status")).ToContainTextAsync("기안자에게 돌아갔습니다");
        await Expect(Detail(teamLead).GetByTestId("approval-status")).ToHaveTextAsync("반려 (보완 요구)");

        // Returned, it waits in the drafter's own inbox.
        await OpenFromInboxAsync(clerk, instanceId);
        await Expect(Detail(clerk).GetByTestId("returned-note")).ToContainTextAsync("보완이 필요합니다");
        await Expect(Detail(clerk).GetByTestId("line-step-0")).ToContainTextAsync("반려");
    }

    [Fact]
    public async Task Draft_WhenNobodyInTheLineMayApproveTheAmount_ExplainsInKorean()
    {
        var clerk = await portal.SignedInPageAsync(Clerk);
        await OpenDraftFormAsync(clerk);
        await clerk.Locator("#draft-title").FillAsync("청사 보수 공사");
        await clerk.Locator("#draft-amount").FillAsync("50000000");
        await AddToLineAsync(clerk, TeamLead, DivisionHead);
        await Expect(clerk.Locator("#draft-amount-level")).ToContainTextAsync("국장 전결");
        await Expect(clerk.Locator("#line-preview")).ToContainTextAsync("국장 이상이 없습니다");

        await clerk.Locator("#draft-submit").ClickAsync();
        var alert = clerk.GetByTestId("draft-alerts").GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("결재선을 시작할 수 없습니다");
        await Expect(alert).ToContainTextAsync("국장 이상인 결재자가 없습니다");
        await Expect(clerk.Locator("#line-error")).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("approval-detail")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task LinePicker_WhenUsedWithTheKeyboard_ReordersAndKeepsFocusOnTheMovedPerson()
    {
        var clerk = await portal.SignedInPageAsync(Clerk);
        await OpenDraftFormAsync(clerk);
        await AddToLineAsync(clerk, TeamLead, DivisionHead);
        var members = clerk.GetByTestId("line-member");
        await Expect(members).ToHaveCountAsync(2);

        await members.Nth(0).GetByRole(AriaRole.Button, new() { Name = "아래로 이동: 윤팀장" }).FocusAsync();
        await clerk.Keyboard.PressAsync("Enter");
        await Expect(members.Nth(0)).ToHaveAttributeAsync("data-user-id", DivisionHead);
        await Expect(members.Nth(1)).ToHaveAttributeAsync("data-user-id", TeamLead);
        // 아래로 is disabled at the bottom, so focus lands on the moved person's next control.
        await Expect(members.Nth(1).GetByRole(AriaRole.Button, new() { Name = "위로 이동: 윤팀장" })).ToBeFocusedAsync();
        await Expect(clerk.GetByTestId("line-announcer")).ToHaveTextAsync("윤팀장을(를) 2번째로 옮겼습니다.");

        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.PressAsync("Enter"); // 빼기: 윤팀장
        await Expect(members).ToHaveCountAsync(1);
        await Expect(members.Nth(0)).ToHaveAttributeAsync("data-user-id", DivisionHead);
        await Expect(clerk.GetByTestId("line-announcer")).ToContainTextAsync("결재선에서 뺐습니다");
    }

    [Fact]
    public async Task ApprovalScreens_WhenScannedWithAxe_HaveNoSeriousOrCriticalViolation()
    {
        // 기안 form, with field errors and a line showing.
        var clerk = await portal.SignedInPageAsync(Clerk);
        await OpenDraftFormAsync(clerk);
        await clerk.Locator("#draft-amount").FillAsync("12.5");
        await AddToLineAsync(clerk, TeamLead, DivisionHead);
        await clerk.Locator("#draft-submit").ClickAsync();
        await Expect(clerk.Locator("#draft-title-error")).ToBeVisibleAsync();
        await Expect(clerk.Locator("#draft-amount-error")).ToContainTextAsync("숫자로만");
        await AssertNoSeriousViolationsAsync(clerk, "기안 form");

        await clerk.Locator("#draft-title").FillAsync("접근성 점검 문서");
        await clerk.Locator("#draft-amount").FillAsync("2000000");
        await clerk.Locator("#draft-submit").ClickAsync();
        await Expect(Detail(clerk)).ToHaveAttributeAsync("data-state", "loaded");
        var instanceId = await Detail(clerk).GetAttributeAsync("data-instance-id");
        await AssertNoSeriousViolationsAsync(clerk, "drafter's detail");

        // 결재 대기함 with the document in it.
        var teamLead = await portal.SignedInPageAsync(TeamLead);
        await teamLead.GotoAsync("/ehojo/");
        await Expect(teamLead.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(InboxRow(teamLead, instanceId!)).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(teamLead, "inbox");

        // 문서 상세 with the decision form, then its confirmation dialog.
        await InboxRow(teamLead, instanceId!).GetByTestId("inbox-open").ClickAsync();
        await Expect(Detail(teamLead)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(teamLead.Locator("#decision-approve")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(teamLead, "approver's detail");

        await teamLead.Locator("#decision-reject").ClickAsync();
        await Expect(teamLead.Locator("#decision-comment-error")).ToBeVisibleAsync();
        await teamLead.Locator("#decision-comment").FillAsync("예산 과목이 맞지 않습니다.");
        await teamLead.Locator("#decision-reject").ClickAsync();
        var dialog = teamLead.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "취소" })).ToBeFocusedAsync();
        // Scanned once the fade-in has finished: mid-fade, colours are still blended with the page.
        await Expect(dialog).ToHaveCSSAsync("opacity", "1");
        await AssertNoSeriousViolationsAsync(teamLead, "decision dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "취소" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(teamLead.Locator("#decision-reject")).ToBeFocusedAsync();
    }

    private static ILocator Detail(IPage page) => page.GetByTestId("approval-detail");

    private static ILocator InboxRow(IPage page, string instanceId) =>
        page.Locator($"[data-testid='inbox-row'][data-instance-id='{instanceId}']");

    private static async Task OpenDraftFormAsync(IPage page)
    {
        await page.GotoAsync("/ehojo/#draft");
        await Expect(page.GetByTestId("tab-draft")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.GetByTestId("draft-form")).ToBeVisibleAsync();
    }

    private static async Task AddToLineAsync(IPage page, params string[] userIds)
    {
        var members = page.GetByTestId("line-member");
        var before = await members.CountAsync();
        foreach (var userId in userIds)
        {
            // Waits for the officials to load: the option appears once the picker has them.
            await page.Locator("#line-candidate").SelectOptionAsync(userId);
            await page.Locator("#line-add").ClickAsync();
            before++;
            await Expect(members).ToHaveCountAsync(before);
            await Expect(members.Nth(before - 1)).ToHaveAttributeAsync("data-user-id", userId);
        }
    }

    /// <summary>Drafts through the form and returns the new line's instance id, read from the detail it lands on.</summary>
    private static async Task<string> DraftAsync(IPage page, string title, string amount, params string[] line)
    {
        await OpenDraftFormAsync(page);
        await page.Locator("#draft-title").FillAsync(title);
        await page.Locator("#draft-amount").FillAsync(amount);
        await AddToLineAsync(page, line);
        await page.Locator("#draft-submit").ClickAsync();

        var detail = Detail(page);
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(page.Locator("#detail-title")).ToHaveTextAsync($"문서 상세: {title}");
        await Expect(page.GetByTestId("detail-status")).ToContainTextAsync("상신했습니다");
        var instanceId = await detail.GetAttributeAsync("data-instance-id");
        Assert.False(string.IsNullOrEmpty(instanceId));
        await Expect(page).ToHaveURLAsync(new Regex($"#doc/{Regex.Escape(instanceId!)}$"));
        return instanceId!;
    }

    private static async Task OpenFromInboxAsync(IPage page, string instanceId)
    {
        await page.GotoAsync("/ehojo/");
        await Expect(page.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await InboxRow(page, instanceId).GetByTestId("inbox-open").ClickAsync();
        await Expect(Detail(page)).ToHaveAttributeAsync("data-instance-id", instanceId);
        await Expect(Detail(page)).ToHaveAttributeAsync("data-state", "loaded");
    }

    private static async Task DecideAsync(IPage page, string button, string confirmLabel)
    {
        await page.Locator(button).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = confirmLabel, Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#detail-title")).ToBeFocusedAsync();
    }

    /// <summary>Loads the inbox fresh and, once it has loaded, checks the document is not in it.</summary>
    private static async Task ExpectNotInInboxAsync(IPage page, string instanceId)
    {
        await page.GotoAsync("/ehojo/#inbox");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(InboxRow(page, instanceId)).ToHaveCountAsync(0);
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{what}:\n{string.Join('\n', violations)}");
    }
}
