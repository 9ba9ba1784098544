using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoFin.E2E.Tests;

/// <summary>전자결재 in e호조+: drafting, the 결재 대기함, deciding, the 전결 rule, 재상신 and 회수, through the browser.</summary>
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
        var clerk = await SignedInAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "사무용품 구입", "5,000,000", TeamLead, DivisionHead, Director);
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");
        await Expect(Detail(clerk).GetByTestId("approval-assignee")).ToContainTextAsync("윤팀장");
        await Expect(Detail(clerk).GetByTestId("line-step-1")).ToContainTextAsync("전결권자");
        await Expect(Detail(clerk).GetByTestId("line-step-2")).ToContainTextAsync("생략");

        var director = await SignedInAsync(Director);
        await ExpectNotInInboxAsync(director, instanceId);

        var teamLead = await SignedInAsync(TeamLead);
        await OpenFromInboxAsync(teamLead, instanceId);
        await Expect(teamLead.Locator("#detail-title")).ToBeFocusedAsync();
        await Expect(teamLead.Locator("#detail-title")).ToHaveTextAsync("문서 상세: 사무용품 구입");
        await DecideAsync(teamLead, "#decision-approve", "승인");
        await Expect(teamLead.GetByTestId("detail-status")).ToContainTextAsync("승인했습니다. 다음 결재자: 한과장");
        await Expect(Detail(teamLead).GetByTestId("line-step-0")).ToContainTextAsync("승인");
        await Expect(teamLead.Locator("#decision-approve")).ToHaveCountAsync(0);
        await ExpectNotInInboxAsync(director, instanceId);

        var divisionHead = await SignedInAsync(DivisionHead);
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
        var clerk = await SignedInAsync(Clerk);
        await DraftAsync(clerk, "본인 결재 금지 확인", "1000000", DivisionHead);
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");
        await Expect(Detail(clerk).GetByTestId("own-document-note")).ToContainTextAsync("본인이 기안한 문서는 결재할 수 없습니다");
        await Expect(clerk.Locator("#decision-approve")).ToHaveCountAsync(0);
        await Expect(clerk.GetByTestId("decision-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Return_WithoutAComment_IsStoppedOnThePageAndWithOneGoesBackToTheDrafter()
    {
        var clerk = await SignedInAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "반려 확인용 문서", "300000", TeamLead, DivisionHead);

        var teamLead = await SignedInAsync(TeamLead);
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
        var clerk = await SignedInAsync(Clerk);
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
        var clerk = await SignedInAsync(Clerk);
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
        var clerk = await SignedInAsync(Clerk);
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
        var teamLead = await SignedInAsync(TeamLead);
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

    [Fact]
    public async Task Resubmit_AfterTheTeamLeadReturns_RestartsAtTheTeamLeadWithTheDirectorAsFinalAndKeepsBothRounds()
    {
        var clerk = await SignedInAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "복사기 임차", "5,000,000", TeamLead, DivisionHead, Director);
        await Expect(Detail(clerk).GetByTestId("approval-final")).ToContainTextAsync("한과장 (과장) 전결");

        var teamLead = await SignedInAsync(TeamLead);
        await OpenFromInboxAsync(teamLead, instanceId);
        await teamLead.Locator("#decision-comment").FillAsync("견적서를 첨부해 주세요.");
        await DecideAsync(teamLead, "#decision-return", "반려(보완 요구)");
        await Expect(Detail(teamLead).GetByTestId("approval-status")).ToHaveTextAsync("반려 (보완 요구)");

        // Returned, it waits in the drafter's own inbox, marked as such in words.
        await clerk.GotoAsync("/ehojo/");
        await Expect(clerk.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(InboxRow(clerk, instanceId).GetByTestId("inbox-state")).ToContainTextAsync("반려됨 — 보완 후 재상신");
        await InboxRow(clerk, instanceId).GetByTestId("inbox-open").ClickAsync();
        await Expect(Detail(clerk)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(Detail(clerk).GetByTestId("returned-note")).ToContainTextAsync("반려 의견 (윤팀장 팀장): 견적서를 첨부해 주세요.");

        // A second, stale view of the same returned document, to resubmit from after the first has.
        var staleClerk = await SignedInAsync(Clerk);
        Assert.NotSame(clerk, staleClerk);
        await staleClerk.GotoAsync($"/ehojo/#doc/{instanceId}");
        await Expect(Detail(staleClerk)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(staleClerk.GetByTestId("resubmit-form")).ToBeVisibleAsync();

        // The form starts from the document as submitted; a bad amount is stopped on the page.
        var form = clerk.GetByTestId("resubmit-form");
        await Expect(clerk.Locator("#resubmit-doc-title")).ToHaveValueAsync("복사기 임차");
        await Expect(clerk.Locator("#resubmit-amount")).ToHaveValueAsync("5,000,000");
        await Expect(clerk.Locator("#resubmit-amount-level")).ToContainTextAsync("과장 전결");
        await clerk.Locator("#resubmit-amount").FillAsync("5천만");
        await clerk.Locator("#resubmit-submit").ClickAsync();
        await Expect(clerk.Locator("#resubmit-amount-error")).ToContainTextAsync("숫자로만");
        await Expect(clerk.Locator("#resubmit-amount")).ToBeFocusedAsync();
        await Expect(clerk.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await AssertNoSeriousViolationsAsync(clerk, "resubmit form with an error");

        await clerk.Locator("#resubmit-doc-title").FillAsync("복사기 임차(견적서 첨부)");
        await clerk.Locator("#resubmit-amount").FillAsync("50000000");
        await Expect(clerk.Locator("#resubmit-amount-level")).ToContainTextAsync("국장 전결");
        await Expect(clerk.Locator("#resubmit-line-preview")).ToContainTextAsync("신국장(국장)이(가) 전결합니다");
        await clerk.Locator("#resubmit-comment").FillAsync("견적서를 첨부했습니다. 임차 기간을 늘려 금액이 바뀌었습니다.");
        await DecideAsync(clerk, "#resubmit-submit", "재상신");
        await Expect(clerk.GetByTestId("detail-status")).ToContainTextAsync("재상신했습니다 (상신 2차)");
        await Expect(clerk.Locator("#detail-title")).ToHaveTextAsync("문서 상세: 복사기 임차(견적서 첨부)");

        // Round 2 runs from the team lead again, and 50,000,000원 makes the director the 전결권자.
        var detail = Detail(clerk);
        await Expect(detail.GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");
        await Expect(detail.GetByTestId("approval-round")).ToHaveTextAsync("상신 2차 (반려 후 재상신)");
        await Expect(detail.GetByTestId("approval-amount")).ToContainTextAsync("50,000,000원");
        await Expect(detail.GetByTestId("approval-assignee")).ToContainTextAsync("윤팀장");
        await Expect(detail.GetByTestId("approval-final")).ToContainTextAsync("신국장 (국장) 전결");
        await Expect(detail.GetByTestId("line-step-0")).ToHaveAttributeAsync("data-state", "current");
        await Expect(detail.GetByTestId("line-step-0")).ToContainTextAsync("대기");
        await Expect(detail.GetByTestId("line-step-1")).ToHaveAttributeAsync("data-state", "planned");
        await Expect(detail.GetByTestId("line-step-1")).ToContainTextAsync("검토");
        await Expect(detail.GetByTestId("line-step-2")).ToHaveAttributeAsync("data-state", "planned");
        await Expect(detail.GetByTestId("line-step-2")).ToContainTextAsync("전결권자");
        await Expect(detail.GetByTestId("line-drafter")).ToContainTextAsync("재상신 (2차)");
        await Expect(clerk.GetByTestId("resubmit-form")).ToHaveCountAsync(0);
        await Expect(clerk.GetByTestId("withdraw-form")).ToBeVisibleAsync();

        // The signature table keeps both rounds.
        var rounds = detail.GetByTestId("signature-table").GetByTestId("signature-round");
        await Expect(rounds).ToHaveCountAsync(2);
        await Expect(rounds.Nth(0)).ToHaveAttributeAsync("data-round", "1");
        await Expect(rounds.Nth(0)).ToContainTextAsync("기안(상신)");
        await Expect(rounds.Nth(0)).ToContainTextAsync("반려");
        await Expect(rounds.Nth(0)).ToContainTextAsync("견적서를 첨부해 주세요.");
        await Expect(rounds.Nth(1)).ToHaveAttributeAsync("data-round", "2");
        await Expect(rounds.Nth(1)).ToContainTextAsync("상신 2차");
        await Expect(rounds.Nth(1)).ToContainTextAsync("재상신");
        await Expect(rounds.Nth(1)).ToContainTextAsync("임차 기간을 늘려 금액이 바뀌었습니다.");
        await AssertNoSeriousViolationsAsync(clerk, "detail with two rounds of signatures");

        // The stale view cannot resubmit again: the server's Korean reason is shown and the view refreshed.
        await DecideAsync(staleClerk, "#resubmit-submit", "재상신");
        var refused = staleClerk.GetByTestId("detail-alerts").GetByRole(AriaRole.Alert);
        await Expect(refused).ToContainTextAsync("반려된 문서가 아니어서 다시 상신할 수 없습니다");
        await Expect(refused).ToContainTextAsync("최신 상태로 다시 불러왔습니다");
        await Expect(staleClerk.GetByTestId("resubmit-form")).ToHaveCountAsync(0);
        await Expect(Detail(staleClerk).GetByTestId("approval-round")).ToContainTextAsync("상신 2차");

        // The team lead has it waiting again, in round 2.
        await teamLead.GotoAsync("/ehojo/");
        await Expect(teamLead.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(InboxRow(teamLead, instanceId).GetByTestId("inbox-state")).ToContainTextAsync("상신 2차");
        await InboxRow(teamLead, instanceId).GetByTestId("inbox-open").ClickAsync();
        await Expect(Detail(teamLead)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(teamLead.Locator("#decision-approve")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Withdraw_WhileTheLineRuns_EndsItAndTheApproverNoLongerHasItWaiting()
    {
        var clerk = await SignedInAsync(Clerk);
        var instanceId = await DraftAsync(clerk, "회수 확인용 문서", "300000", TeamLead, DivisionHead);

        var teamLead = await SignedInAsync(TeamLead);
        await teamLead.GotoAsync("/ehojo/");
        await Expect(teamLead.GetByTestId("inbox-results")).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(InboxRow(teamLead, instanceId)).ToBeVisibleAsync();
        await Expect(teamLead.GetByTestId("withdraw-form")).ToHaveCountAsync(0);

        // Cancelling the confirmation changes nothing and gives focus back.
        await clerk.Locator("#withdraw-comment").FillAsync("사업 계획이 바뀌었습니다.");
        await clerk.Locator("#withdraw-submit").ClickAsync();
        var dialog = clerk.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "취소" })).ToBeFocusedAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "취소" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(clerk.Locator("#withdraw-submit")).ToBeFocusedAsync();
        await Expect(Detail(clerk).GetByTestId("approval-status")).ToHaveTextAsync("결재 진행 중");

        await DecideAsync(clerk, "#withdraw-submit", "회수");
        await Expect(clerk.GetByTestId("detail-status")).ToContainTextAsync("문서를 회수했습니다");
        var status = Detail(clerk).GetByTestId("approval-status");
        await Expect(status).ToHaveTextAsync("회수");
        await Expect(status).ToHaveAttributeAsync("data-state", "withdrawn");
        await Expect(Detail(clerk).GetByTestId("line-withdrawn")).ToContainTextAsync("사업 계획이 바뀌었습니다.");
        await Expect(Detail(clerk).GetByTestId("line-step-0")).ToContainTextAsync("미결재 (회수로 종료)");
        await Expect(Detail(clerk).GetByTestId("signature-table")).ToContainTextAsync("회수");
        await Expect(clerk.GetByTestId("withdraw-form")).ToHaveCountAsync(0);

        await ExpectNotInInboxAsync(teamLead, instanceId);
        await teamLead.GotoAsync($"/ehojo/#doc/{instanceId}");
        await Expect(Detail(teamLead)).ToHaveAttributeAsync("data-state", "loaded");
        await Expect(Detail(teamLead).GetByTestId("approval-status")).ToHaveTextAsync("회수");
        await Expect(teamLead.GetByTestId("decision-form")).ToHaveCountAsync(0);
    }

    /// <summary>Browser contexts already signed in, by fixture and user: one token per user for the whole run.</summary>
    private static readonly ConcurrentDictionary<(PortalFixture Portal, string UserId), IBrowserContext> SignedInContexts = new();

    /// <summary>
    /// A new tab signed in as <paramref name="userId"/>. Tabs of one user share a browser context, whose init
    /// script seeds each new tab's sessionStorage with the token it was given: the demo issuer allows a client
    /// only so many sign-ins a minute, and the whole browser suite shares that budget.
    /// </summary>
    private async Task<IPage> SignedInAsync(string userId)
    {
        if (SignedInContexts.TryGetValue((portal, userId), out var context))
        {
            return await context.NewPageAsync();
        }
        var page = await portal.SignedInPageAsync(userId);
        SignedInContexts[(portal, userId)] = page.Context;
        return page;
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
