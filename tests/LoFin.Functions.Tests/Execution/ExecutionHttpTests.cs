using System.Net;
using System.Text.Json;
using LoFin.Functions.Tests.TreasuryBank;

namespace LoFin.Functions.Tests.Execution;

/// <summary>
/// 배정 → 원인행위 → 지출결의 → 지급명령 over HTTP: limits, separation of duties, refusals that change
/// nothing, and Idempotency-Key replays. Each test takes its own demo budget line.
/// </summary>
public sealed class ExecutionHttpTests(ExecutionAppFixture fixture) : IClassFixture<ExecutionAppFixture>
{
    private ExecutionDriver Driver => new(fixture.App.ClientAsAsync);

    private async Task<(string LineKey, long BudgetWon)> LineAsync(int skip)
    {
        var line = await Driver.LineAsync("suwon.budget", skip);
        return (line.GetProperty("lineKey").GetString()!, line.GetProperty("budgetWon").GetInt64());
    }

    private async Task AllotAsync(string lineKey, long amountWon)
    {
        var (status, body, _) = await Driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q1", amountWon, reason = "1분기 배정" });
        Assert.True(status == HttpStatusCode.Created, body.ToString());
    }

    private async Task<string> ApprovedCommitmentAsync(string lineKey, long amountWon)
    {
        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "복지관 사무용품 구매", counterparty = "수원사무기기(주)", amountWon, line = new[] { "suwon.finance" } });
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("commitmentId").GetString()!;
        await Driver.ApproveAllAsync(body.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");
        await Driver.WaitForAsync("suwon.clerk", $"/commitments/{id}", c => c.GetProperty("commitment").GetProperty("status").GetString() == "Approved", "commitment posted");
        return id;
    }

    private static object PayeeBody(int skip = 0, string? holderName = null)
    {
        var payee = DemoBankAccounts.ActivePayee(skip);
        return new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber, holderName = holderName ?? payee.RegisteredName };
    }

    [Fact]
    public async Task Allot_WhenBudgetOfficerAllots_AllotmentGrowsOnceAndARetryGetsTheFirstAnswer()
    {
        var (lineKey, _) = await LineAsync(0);
        var key = Guid.NewGuid().ToString("N");
        var body = new { lineKey, period = "2026-04", amountWon = 1_000_000L, reason = "4월 배정" };

        var (first, firstBody, _) = await Driver.PostAsync("suwon.budget", "/allotments", body, key);
        var (second, secondBody, secondResponse) = await Driver.PostAsync("suwon.budget", "/allotments", body, key);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Created, second);
        Assert.Equal(firstBody.ToString(), secondBody.ToString());
        Assert.Equal("true", secondResponse.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1_000_000, (await Driver.ExecutionOfAsync("suwon.budget", lineKey)).GetProperty("allottedWon").GetInt64());
        var (_, list) = await Driver.GetAsync("suwon.budget", $"/allotments?fiscalYear=2026&lineKey={Uri.EscapeDataString(lineKey)}");
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Allot_WhenAboveTheBudget_Returns422WithTheRuleAndChangesNothing()
    {
        var (lineKey, budgetWon) = await LineAsync(1);

        var (status, body, _) = await Driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q2", amountWon = budgetWon + 1, reason = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("AllotmentExceedsBudget", body.GetProperty("code").GetString());
        Assert.Equal(0, (await Driver.ExecutionOfAsync("suwon.budget", lineKey)).GetProperty("allottedWon").GetInt64());
    }

    [Theory]
    [InlineData("suwon.clerk", "41110")]
    [InlineData("seoul.budget", "41110")]
    public async Task Allot_WhenCallerIsNotThisGovernmentsBudgetOffice_Returns403(string user, string tenant)
    {
        var (lineKey, _) = await LineAsync(1);
        var driver = new ExecutionDriver(fixture.App.ClientAsAsync, tenant);

        var (status, _, _) = await driver.PostAsync(user, "/allotments", new { lineKey, period = "2026-Q1", amountWon = 1_000L });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(0, (await Driver.ExecutionOfAsync("suwon.budget", lineKey)).GetProperty("allottedWon").GetInt64());
    }

    [Fact]
    public async Task Post_WhenIdempotencyKeyIsMissing_Returns400NamingTheHeader()
    {
        var (lineKey, _) = await LineAsync(1);

        var (status, body, _) = await Driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q1", amountWon = 1_000L }, key: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), body.ToString());
    }

    [Fact]
    public async Task Post_WhenTheSameKeyCarriesAnotherRequest_Returns422AndDoesNotRunIt()
    {
        var (lineKey, _) = await LineAsync(1);
        var key = Guid.NewGuid().ToString("N");
        var (first, _, _) = await Driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q1", amountWon = 2_000L }, key);

        var (second, body, _) = await Driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q1", amountWon = 3_000L }, key);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second);
        Assert.True(body.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), body.ToString());
        Assert.Equal(2_000, (await Driver.ExecutionOfAsync("suwon.budget", lineKey)).GetProperty("allottedWon").GetInt64());
    }

    [Fact]
    public async Task Commitment_WhenDraftedThenApproved_ReservesAtOnceAndPostsOnApproval()
    {
        var (lineKey, _) = await LineAsync(2);
        await AllotAsync(lineKey, 10_000_000);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "노인복지관 냉난방기 교체", counterparty = "(주)수원공조", amountWon = 3_000_000L, line = new[] { "suwon.finance" } });

        Assert.True(status == HttpStatusCode.Created, body.ToString());
        Assert.Equal("Pending", body.GetProperty("status").GetString());
        var pending = await Driver.ExecutionOfAsync("suwon.clerk", lineKey);
        Assert.Equal(3_000_000, pending.GetProperty("pendingWon").GetInt64());
        Assert.Equal(7_000_000, pending.GetProperty("availableWon").GetInt64());

        await Driver.ApproveAllAsync(body.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");

        var id = body.GetProperty("commitmentId").GetString()!;
        var detail = await Driver.WaitForAsync("suwon.clerk", $"/commitments/{id}", c => c.GetProperty("commitment").GetProperty("status").GetString() == "Approved", "posted");
        Assert.Equal("suwon.finance", detail.GetProperty("commitment").GetProperty("decidedBy").GetString());
        Assert.Equal(3_000_000, detail.GetProperty("ledger").GetProperty("unresolvedWon").GetInt64());
        var posted = await Driver.ExecutionOfAsync("suwon.clerk", lineKey);
        Assert.Equal(0, posted.GetProperty("pendingWon").GetInt64());
        Assert.Equal(3_000_000, posted.GetProperty("committedWon").GetInt64());
        Assert.Equal(7_000_000, posted.GetProperty("availableWon").GetInt64());
    }

    [Fact]
    public async Task Commitment_WhenRejected_VoidFreesExactlyWhatItHeld()
    {
        var (lineKey, _) = await LineAsync(3);
        await AllotAsync(lineKey, 5_000_000);
        var (_, body, _) = await Driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "행사 용역", counterparty = "(주)행사", amountWon = 4_000_000L, line = new[] { "suwon.finance" } });
        Assert.Equal(1_000_000, (await Driver.ExecutionOfAsync("suwon.clerk", lineKey)).GetProperty("availableWon").GetInt64());

        await Driver.DecideAsync(body.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk", "Reject", "예산 목적에 맞지 않음");

        var id = body.GetProperty("commitmentId").GetString()!;
        await Driver.WaitForAsync("suwon.clerk", $"/commitments/{id}", c => c.GetProperty("commitment").GetProperty("status").GetString() == "Rejected", "voided");
        var line = await Driver.ExecutionOfAsync("suwon.clerk", lineKey);
        Assert.Equal(0, line.GetProperty("pendingWon").GetInt64());
        Assert.Equal(5_000_000, line.GetProperty("availableWon").GetInt64());
    }

    [Fact]
    public async Task Commitment_WhenAboveTheAllotment_Returns422AndReservesNothing()
    {
        var (lineKey, _) = await LineAsync(4);
        await AllotAsync(lineKey, 1_000_000);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "초과 계약", counterparty = "(주)초과", amountWon = 1_000_001L, line = new[] { "suwon.finance" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("CommitmentsExceedAllotment", body.GetProperty("code").GetString());
        Assert.Equal(1_000_000, (await Driver.ExecutionOfAsync("suwon.clerk", lineKey)).GetProperty("availableWon").GetInt64());
    }

    [Fact]
    public async Task Commitment_WhenTheLineDoesNotStartWithTheFinanceOfficer_Returns400NamingIt()
    {
        var (lineKey, _) = await LineAsync(4);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "계약", counterparty = "(주)상대", amountWon = 1_000L, line = new[] { "suwon.divisionhead" } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("line[0]", out _), body.ToString());
    }

    [Fact]
    public async Task Commitment_WhenTheSameRequestArrivesTwiceAtOnce_ReservesOnce()
    {
        var (lineKey, _) = await LineAsync(5);
        await AllotAsync(lineKey, 2_000_000);
        var key = Guid.NewGuid().ToString("N");
        var request = new { lineKey, title = "동시 요청", counterparty = "(주)동시", amountWon = 700_000L, line = new[] { "suwon.finance" } };

        var answers = await Task.WhenAll(Driver.PostAsync("suwon.clerk", "/commitments", request, key), Driver.PostAsync("suwon.clerk", "/commitments", request, key));
        var retry = await Driver.PostAsync("suwon.clerk", "/commitments", request, key);

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(answers.First(a => a.Status == HttpStatusCode.Created).Body.GetProperty("commitmentId").GetString(), retry.Body.GetProperty("commitmentId").GetString());
        Assert.Equal(700_000, (await Driver.ExecutionOfAsync("suwon.clerk", lineKey)).GetProperty("pendingWon").GetInt64());
    }

    [Fact]
    public async Task Resolution_WhenTheBankSaysTheHolderIsSomeoneElse_Returns422AtTheHolderNameAndDraftsNothing()
    {
        var (lineKey, _) = await LineAsync(6);
        await AllotAsync(lineKey, 3_000_000);
        var commitmentId = await ApprovedCommitmentAsync(lineKey, 2_000_000);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/resolutions",
            new { commitmentId, title = "사무용품 대금", amountWon = 500_000L, payee = PayeeBody(holderName: "엉뚱한사람"), line = new[] { "suwon.divisionhead" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("payee.holderName", out _), body.ToString());
        var (_, list) = await Driver.GetAsync("suwon.clerk", $"/resolutions?fiscalYear=2026&commitmentId={commitmentId}");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Resolution_WhenAboveWhatTheCommitmentHasLeft_Returns422()
    {
        var (lineKey, _) = await LineAsync(6);
        await AllotAsync(lineKey, 1_000_000);
        var commitmentId = await ApprovedCommitmentAsync(lineKey, 1_000_000);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", "/resolutions",
            new { commitmentId, title = "초과 지출", amountWon = 1_000_001L, payee = PayeeBody(), line = new[] { "suwon.divisionhead" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("amountWon", out _), body.ToString());
    }

    [Theory]
    [InlineData("suwon.cashier")]
    [InlineData("suwon.clerk")]
    public async Task PaymentOrder_WhenCallerIsNotTheDisbursingOfficer_Returns403(string user)
    {
        var (status, body, _) = await Driver.PostAsync(user, "/payment-orders",
            new { fiscalYear = 2026, fiscalAccount = "100", resolutionIds = new[] { "res-x" }, line = new[] { "suwon.divisionhead" } });

        Assert.True(status == HttpStatusCode.Forbidden, body.ToString());
    }

    [Fact]
    public async Task Expenditure_WhenResolvedApprovedAndOrdered_GoesToTheBankOnceTheOrdersLineApproves()
    {
        var (lineKey, _) = await LineAsync(7);
        await AllotAsync(lineKey, 5_000_000);
        var commitmentId = await ApprovedCommitmentAsync(lineKey, 3_000_000);
        var (drafted, resolution, _) = await Driver.PostAsync("suwon.clerk", "/resolutions",
            new { commitmentId, title = "냉난방기 대금", amountWon = 2_500_000L, payee = PayeeBody(1), line = new[] { "suwon.divisionhead" } });
        Assert.True(drafted == HttpStatusCode.Created, resolution.ToString());
        Assert.DoesNotContain(DemoBankAccounts.ActivePayee(1).Account.Key.AccountNumber, resolution.ToString());
        var resolutionId = resolution.GetProperty("resolutionId").GetString()!;
        await Driver.ApproveAllAsync(resolution.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");
        var detail = await Driver.WaitForAsync("suwon.clerk", $"/resolutions/{resolutionId}",
            r => r.GetProperty("resolution").GetProperty("status").GetString() == "Approved", "resolution recorded");
        Assert.Equal("Approved", detail.GetProperty("payable").GetProperty("status").GetString());
        Assert.Equal(2_500_000, (await Driver.ExecutionOfAsync("suwon.clerk", lineKey)).GetProperty("resolvedWon").GetInt64());

        var (issued, order, _) = await Driver.PostAsync("suwon.disbursing", "/payment-orders",
            new { fiscalYear = 2026, fiscalAccount = "100", resolutionIds = new[] { resolutionId }, line = new[] { "suwon.finance" } });
        Assert.True(issued == HttpStatusCode.Created, order.ToString());
        var orderId = order.GetProperty("orderId").GetString()!;
        Assert.Equal(2_500_000, order.GetProperty("totalWon").GetInt64());
        await Driver.ApproveAllAsync(order.GetProperty("approvalInstanceId").GetString()!, "suwon.disbursing");

        var sent = await Driver.WaitForAsync("suwon.disbursing", $"/payment-orders/{orderId}",
            o => o.GetProperty("order").GetProperty("status").GetString() == "Sent", "the order sent to the bank");
        var payment = Assert.Single(sent.GetProperty("payments").EnumerateArray());
        Assert.Equal(2_500_000, payment.GetProperty("amountWon").GetInt64());
        Assert.Equal("suwon.finance", sent.GetProperty("order").GetProperty("approvedBy").GetString());
        var (_, payables) = await Driver.GetAsync("suwon.disbursing", "/payables?fiscalYear=2026&fiscalAccount=100&status=Ordered");
        Assert.Contains(payables.GetProperty("items").EnumerateArray(), p => p.GetProperty("resolutionId").GetString() == resolutionId);
    }

    [Fact]
    public async Task PaymentOrder_WhenItsLineRejects_ItIsCancelledAndTheResolutionIsPayableAgain()
    {
        var (lineKey, _) = await LineAsync(8);
        await AllotAsync(lineKey, 2_000_000);
        var commitmentId = await ApprovedCommitmentAsync(lineKey, 1_000_000);
        var (_, resolution, _) = await Driver.PostAsync("suwon.clerk", "/resolutions",
            new { commitmentId, title = "용역 대금", amountWon = 1_000_000L, payee = PayeeBody(2), line = new[] { "suwon.divisionhead" } });
        var resolutionId = resolution.GetProperty("resolutionId").GetString()!;
        await Driver.ApproveAllAsync(resolution.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");
        await Driver.WaitForAsync("suwon.clerk", $"/resolutions/{resolutionId}", r => r.GetProperty("resolution").GetProperty("status").GetString() == "Approved", "approved");
        var (_, order, _) = await Driver.PostAsync("suwon.disbursing", "/payment-orders",
            new { fiscalYear = 2026, fiscalAccount = "100", resolutionIds = new[] { resolutionId }, line = new[] { "suwon.finance" } });

        await Driver.DecideAsync(order.GetProperty("approvalInstanceId").GetString()!, "suwon.disbursing", "Reject", "계좌 재확인 필요");

        var orderId = order.GetProperty("orderId").GetString()!;
        var cancelled = await Driver.WaitForAsync("suwon.disbursing", $"/payment-orders/{orderId}",
            o => o.GetProperty("order").GetProperty("status").GetString() == "Cancelled", "the order cancelled");
        Assert.Equal("Cancelled", Assert.Single(cancelled.GetProperty("payments").EnumerateArray()).GetProperty("status").GetString());
        var (_, detail) = await Driver.GetAsync("suwon.clerk", $"/resolutions/{resolutionId}");
        Assert.Equal("Approved", detail.GetProperty("payable").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reduction_WhenAPostedCommitmentReleasesPart_TheAllotmentGetsExactlyThatBack()
    {
        var (lineKey, _) = await LineAsync(9);
        await AllotAsync(lineKey, 4_000_000);
        var commitmentId = await ApprovedCommitmentAsync(lineKey, 4_000_000);

        var (status, body, _) = await Driver.PostAsync("suwon.clerk", $"/commitments/{commitmentId}/reductions", new { amountWon = 1_500_000L });
        var (tooMuch, refusal, _) = await Driver.PostAsync("suwon.clerk", $"/commitments/{commitmentId}/reductions", new { amountWon = 2_500_001L });

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(1_500_000, body.GetProperty("reducedWon").GetInt64());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch);
        Assert.False(string.IsNullOrEmpty(refusal.GetProperty("code").GetString()));
        var line = await Driver.ExecutionOfAsync("suwon.clerk", lineKey);
        Assert.Equal(2_500_000, line.GetProperty("committedWon").GetInt64());
        Assert.Equal(1_500_000, line.GetProperty("availableWon").GetInt64());
    }

    [Fact]
    public async Task Summary_WhenGroupedByItem_SumsEveryLineOfTheYearAndRefusesAnUnknownGrouping()
    {
        await LineAsync(0);
        long listed = 0;
        var lines = 0;
        string? continuation = null;
        do
        {
            var (_, page) = await Driver.GetAsync("suwon.budget", "/budget/2026/execution?pageSize=200"
                + (continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation)));
            foreach (var line in page.GetProperty("items").EnumerateArray())
            {
                listed += line.GetProperty("budgetWon").GetInt64();
                lines++;
            }
            continuation = page.GetProperty("continuationToken").GetString();
        }
        while (continuation is not null);

        var (status, summary) = await Driver.GetAsync("suwon.budget", "/budget/2026/execution/summary?by=item");
        var (bad, problem) = await Driver.GetAsync("suwon.budget", "/budget/2026/execution/summary?by=color");

        Assert.Equal(HttpStatusCode.OK, status);
        var groups = summary.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(listed, groups.Sum(g => g.GetProperty("budgetWon").GetInt64()));
        Assert.Equal(lines, groups.Sum(g => g.GetProperty("lineCount").GetInt32()));
        Assert.All(groups, g => Assert.Matches(@"^\d{3}-\d{2}$", g.GetProperty("key").GetString()!));
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("by", out _));
    }
}
