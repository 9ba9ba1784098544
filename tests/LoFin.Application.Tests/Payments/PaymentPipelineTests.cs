using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Application.Payments;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using LoFin.Domain.Tenancy;
using LoFin.Testing;
using Xunit;

namespace LoFin.Application.Tests.Payments;

public sealed class PaymentPipelineTests : IDisposable
{
    private static readonly TenantId Seoul = TenantId.Parse("11000");
    private static readonly BudgetLineKey Line = BudgetLineKey.Parse("2026/100/1100100/D-0001/201-01");
    private static readonly Payee Vendor = new("004", "12345678901", "(주)한빛문구");
    private static readonly Payee ClosedVendor = new("088", "99999999999", "폐업상사");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly TempStore _temp;
    private readonly BudgetLineLedgerStore _ledgers;
    private readonly RecordingTreasuryBank _bank;
    private readonly PaymentOrderService _orders;
    private readonly TransferResultRecorder _recorder;
    private readonly PaymentOrderSender _sender;
    private readonly PaymentReconciler _reconciler;

    public PaymentPipelineTests()
    {
        _temp = new TempStore(_clock);
        _ledgers = new BudgetLineLedgerStore(_temp.Documents, _clock, new BudgetLineLedgerStoreOptions());
        _bank = new RecordingTreasuryBank(_clock);
        _bank.ClosedAccounts.Add(ClosedVendor.AccountNumber);
        _orders = new PaymentOrderService(_temp.Documents, _clock);
        _recorder = new TransferResultRecorder(_temp.Documents, _ledgers);
        _sender = new PaymentOrderSender(_temp.Documents, _bank, _recorder, _clock);
        _reconciler = new PaymentReconciler(_temp.Documents, _bank, _recorder, _clock, new PaymentReconcilerOptions { ResultGrace = TimeSpan.FromMinutes(2) });
    }

    public void Dispose() => _temp.Dispose();

    private static OperationId Id(string text) => OperationId.Parse(text);

    /// <summary>Budget, allotment, one posted commitment and approved resolutions of 1,000,000원 each.</summary>
    private async Task<string[]> ApprovedResolutionsAsync(params Payee[] payees)
    {
        await _ledgers.WriteAsync(Seoul, [new LineOperation(Line, new BudgetAdjustment(Id("budget"), 100_000_000))], "seed");
        await _ledgers.WriteAsync(Seoul, [
            new LineOperation(Line, new AllotmentAdjustment(Id("allot"), 100_000_000)),
            new LineOperation(Line, new CommitmentRequest(Id("c1"), 50_000_000)),
            new LineOperation(Line, new CommitmentPosting(Id("c1-post"), Id("c1"), 50_000_000))], "seed");
        var expenditures = new ExpenditureService(_ledgers, _clock);
        var ids = new string[payees.Length];
        for (var i = 0; i < payees.Length; i++)
        {
            ids[i] = $"r{i + 1}";
            var result = await expenditures.RecordApprovedAsync(Seoul, new ApprovedExpenditure(ids[i], Line, "c1", "사무용품 구입", 1_000_000, payees[i], "seoul.accountant"), default);
            Assert.True(result.IsApplied);
        }
        return ids;
    }

    private async Task<string> OrderAndSendAsync(string key, params string[] resolutionIds)
    {
        var issue = await _orders.IssueAsync(Seoul, key, 2026, FiscalAccount.Parse("100"), resolutionIds, "seoul.disburser", default);
        Assert.Equal(PaymentOrderIssueOutcome.Issued, issue.Outcome);
        await _orders.PrepareAsync(Seoul, issue.Order!.OrderId, default);
        Assert.True(await _orders.ApproveAsync(Seoul, issue.Order.OrderId, "seoul.treasurer", default));
        await _sender.SendAsync(Seoul, issue.Order.OrderId, default);
        return issue.Order.OrderId;
    }

    private async Task<LineLedgerDocument> HeadAsync() => (await _ledgers.ReadHeadAsync(Seoul, Line))!.Body;

    private async Task<T> ReadAsync<T>(string id) where T : IDocumentBody => (await _temp.Documents.ReadAsync<T>(Seoul, id))!.Body;

    [Fact]
    public async Task Pipeline_WhenTheBankPays_PostsEachPaymentOnceAndClosesThePayable()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor, Vendor);
        var orderId = await OrderAndSendAsync("0001", resolutions);

        var recorded = await _recorder.RecordAsync(Seoul, _bank.Settle(), default);

        Assert.Equal(2, recorded);
        var head = await HeadAsync();
        Assert.Equal(2_000_000, head.PaidWon);
        Assert.Equal(2_000_000, head.ResolvedWon);
        var cash = head.AccountTotals.Single(t => t.LedgerAccountCode == ChartOfAccounts.Cash.Code);
        Assert.Equal(2_000_000, cash.CreditWon);
        var payment = await ReadAsync<PaymentDocument>(PaymentOrderService.PaymentIdFor(orderId, 0));
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.Equal(ExpenditureStatus.Paid, (await ReadAsync<ExpenditureDocument>(ExpenditureDocument.IdFor("r1"))).Status);
    }

    [Fact]
    public async Task Record_WhenResultsComeTwiceAndOutOfOrder_ChangesNothingTheSecondTime()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor, Vendor, Vendor);
        await OrderAndSendAsync("0001", resolutions);
        var results = _bank.Settle();

        await _recorder.RecordAsync(Seoul, results.Reverse().Take(2).ToList(), default);
        var afterFirst = await HeadAsync();
        var again = await _recorder.RecordAsync(Seoul, [.. results, .. results], default);

        Assert.Equal(1, again);
        var head = await HeadAsync();
        Assert.Equal(3_000_000, head.PaidWon);
        Assert.Equal(afterFirst.OperationCount + 1, head.OperationCount);
    }

    [Fact]
    public async Task Reconcile_WhenTheWebhookWasLost_AsksTheBankAfterTheGraceAndSettlesTheOrder()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor, ClosedVendor);
        var orderId = await OrderAndSendAsync("0001", resolutions);
        _bank.Settle(); // settled at the bank, but no webhook reaches the app

        Assert.Equal(0, await _reconciler.ReconcileAsync(Seoul, default));
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(2, await _reconciler.ReconcileAsync(Seoul, default));

        var order = await ReadAsync<PaymentOrderDocument>(orderId);
        Assert.Equal(PaymentOrderStatus.Settled, order.Status);
        Assert.Equal((1, 1), (order.SucceededCount, order.FailedCount));
        Assert.Equal(1_000_000, (await HeadAsync()).PaidWon);
    }

    [Fact]
    public async Task Record_WhenATransferFails_ReopensThePayableAndANewOrderPaysItUnderANewTransferId()
    {
        var resolutions = await ApprovedResolutionsAsync(ClosedVendor);
        var first = await OrderAndSendAsync("0001", resolutions);
        await _recorder.RecordAsync(Seoul, _bank.Settle(), default);
        Assert.Equal(ExpenditureStatus.Approved, (await ReadAsync<ExpenditureDocument>(ExpenditureDocument.IdFor("r1"))).Status);
        Assert.Equal(0, (await HeadAsync()).PaidWon);

        _bank.ClosedAccounts.Clear(); // the vendor's account was corrected at its bank
        var second = await OrderAndSendAsync("0002", resolutions);
        await _recorder.RecordAsync(Seoul, _bank.Settle(), default);

        Assert.NotEqual(PaymentOrderService.PaymentIdFor(first, 0), PaymentOrderService.PaymentIdFor(second, 0));
        Assert.Equal(2, _bank.TransfersAccepted);
        Assert.Equal(1_000_000, (await HeadAsync()).PaidWon);
        Assert.Equal(2, (await ReadAsync<ExpenditureDocument>(ExpenditureDocument.IdFor("r1"))).PaymentAttempts);
    }

    [Fact]
    public async Task Send_WhenTheMessageIsDeliveredAgain_TheBankSeesEachTransferOnce()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor);
        var orderId = await OrderAndSendAsync("0001", resolutions);
        // A redelivery after the order was marked sent does nothing; one before (crash between the
        // bank's answer and our write) sends the same batch, which the bank answers as before.
        await _sender.SendAsync(Seoul, orderId, default);
        var order = await _temp.Documents.ReadAsync<PaymentOrderDocument>(Seoul, orderId);
        await _temp.Documents.ReplaceAsync(Seoul, orderId, order!.Body with { Status = PaymentOrderStatus.Approved }, order.ETag);
        await _sender.SendAsync(Seoul, orderId, default);

        Assert.Equal(2, _bank.BatchSubmissions);
        Assert.Equal(1, _bank.TransfersAccepted);
        await _recorder.RecordAsync(Seoul, _bank.Settle(), default);
        Assert.Equal(1_000_000, (await HeadAsync()).PaidWon);
    }

    [Fact]
    public async Task Send_WhenTheBankIsDown_ThrowsSoTheMessageIsRetriedAndTheOrderStaysApproved()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor);
        var issue = await _orders.IssueAsync(Seoul, "0001", 2026, FiscalAccount.Parse("100"), resolutions, "seoul.disburser", default);
        await _orders.PrepareAsync(Seoul, issue.Order!.OrderId, default);
        await _orders.ApproveAsync(Seoul, issue.Order.OrderId, "seoul.treasurer", default);
        _bank.Unavailable = true;

        await Assert.ThrowsAsync<BankUnavailableException>(() => _sender.SendAsync(Seoul, issue.Order.OrderId, default));

        Assert.Equal(PaymentOrderStatus.Approved, (await ReadAsync<PaymentOrderDocument>(issue.Order.OrderId)).Status);
    }

    [Fact]
    public async Task Prepare_WhenAResolutionIsAlreadyOrderedOrUnknown_ExcludesItWithAReason()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor);
        await OrderAndSendAsync("0001", resolutions);

        var issue = await _orders.IssueAsync(Seoul, "0002", 2026, FiscalAccount.Parse("100"), ["r1", "nope"], "seoul.disburser", default);
        await _orders.PrepareAsync(Seoul, issue.Order!.OrderId, default);

        var order = await ReadAsync<PaymentOrderDocument>(issue.Order.OrderId);
        Assert.Empty(order.PaymentIds);
        Assert.Equal(["r1", "nope"], order.Excluded.Select(e => e.ResolutionId));
        Assert.Contains("지급 중", order.Excluded[0].Reason);
    }

    [Fact]
    public async Task Issue_WhenTheKeyIsUsedAgain_ReturnsTheFirstOrderOrRefusesOtherContent()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor, Vendor);
        var first = await _orders.IssueAsync(Seoul, "0001", 2026, FiscalAccount.Parse("100"), [resolutions[0]], "seoul.disburser", default);

        var same = await _orders.IssueAsync(Seoul, "0001", 2026, FiscalAccount.Parse("100"), [resolutions[0]], "seoul.disburser", default);
        var other = await _orders.IssueAsync(Seoul, "0001", 2026, FiscalAccount.Parse("100"), resolutions, "seoul.disburser", default);

        Assert.Equal(PaymentOrderIssueOutcome.AlreadyIssued, same.Outcome);
        Assert.Equal(first.Order!.IssuedAt, same.Order!.IssuedAt);
        Assert.Equal(PaymentOrderIssueOutcome.KeyReused, other.Outcome);
    }

    [Fact]
    public async Task Prepare_WhenRunAgainAfterACrash_CreatesEachPaymentOnce()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor, Vendor);
        var issue = await _orders.IssueAsync(Seoul, "0001", 2026, FiscalAccount.Parse("100"), resolutions, "seoul.disburser", default);
        await _orders.PrepareAsync(Seoul, issue.Order!.OrderId, default);
        // As if the process died after the chunks but before the order was marked prepared.
        var order = await _temp.Documents.ReadAsync<PaymentOrderDocument>(Seoul, issue.Order.OrderId);
        await _temp.Documents.ReplaceAsync(Seoul, order!.Id, order.Body with { Status = PaymentOrderStatus.Preparing, PaymentIds = [], TotalWon = 0 }, order.ETag);

        await _orders.PrepareAsync(Seoul, issue.Order.OrderId, default);

        var prepared = await ReadAsync<PaymentOrderDocument>(issue.Order.OrderId);
        Assert.Equal(2, prepared.PaymentIds.Count);
        Assert.Equal(2_000_000, prepared.TotalWon);
        Assert.Equal(1, (await ReadAsync<ExpenditureDocument>(ExpenditureDocument.IdFor("r1"))).PaymentAttempts);
    }

    [Fact]
    public async Task Record_WhenTheBankReportsAnotherAmount_ThrowsAndPostsNothing()
    {
        var resolutions = await ApprovedResolutionsAsync(Vendor);
        var orderId = await OrderAndSendAsync("0001", resolutions);
        var result = _bank.Settle()[0];

        await Assert.ThrowsAsync<InvalidOperationException>(() => _recorder.RecordAsync(Seoul, [result with { AmountWon = result.AmountWon + 1 }], default));

        Assert.Equal(0, (await HeadAsync()).PaidWon);
        Assert.Equal(PaymentStatus.Ordered, (await ReadAsync<PaymentDocument>(PaymentOrderService.PaymentIdFor(orderId, 0))).Status);
    }
}
