using Xunit;
using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using LoFin.Domain.Tenancy;
using LoFin.Testing;

namespace LoFin.Application.Tests.Budget.Execution;

public sealed class BudgetLineLedgerStoreTests : IDisposable
{
    private static readonly TenantId Suwon = TenantId.Parse("41110");
    private static readonly BudgetLineKey Office = BudgetLineKey.Parse("2026/100/4110100/D-0001/201-01");
    private static readonly BudgetLineKey Travel = BudgetLineKey.Parse("2026/100/4110100/D-0001/202-01");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly TempStore _temp;

    public BudgetLineLedgerStoreTests() => _temp = new TempStore(_clock);

    public void Dispose() => _temp.Dispose();

    private BudgetLineLedgerStore NewStore(int maxResidentLines = 100) =>
        new(_temp.Documents, _clock, new BudgetLineLedgerStoreOptions { MaxResidentLines = maxResidentLines });

    private static OperationId Id(string text) => OperationId.Parse(text);

    private static async Task<LedgerWrite> WriteAsync(BudgetLineLedgerStore store, params LineOperation[] operations) =>
        await store.WriteAsync(Suwon, operations, "tester");

    private static async Task FundAsync(BudgetLineLedgerStore store, BudgetLineKey line, long budgetWon)
    {
        await WriteAsync(store, new LineOperation(line, new BudgetAdjustment(Id($"budget-{line.Item}"), budgetWon)));
        await WriteAsync(store, new LineOperation(line, new AllotmentAdjustment(Id($"allot-{line.Item}"), budgetWon)));
    }

    [Fact]
    public async Task WriteAsync_WhenLineHasNoBudget_RefusesAnythingButABudgetAdjustmentAndStoresNothing()
    {
        var store = NewStore();

        var write = await WriteAsync(store, new LineOperation(Office, new CommitmentRequest(Id("c1"), 1_000)));

        Assert.Equal(LedgerWriteOutcome.LineNotFound, write.Outcome);
        Assert.Equal(Office, write.MissingLine);
        Assert.Null(await store.ReadHeadAsync(Suwon, Office));
    }

    [Fact]
    public async Task WriteAsync_WhenOperationsApply_StoresHeadBalanceAndOneLogEntryEach()
    {
        var store = NewStore();
        await FundAsync(store, Office, 10_000_000);

        var write = await WriteAsync(store,
            new LineOperation(Office, new CommitmentRequest(Id("c1"), 3_000_000)),
            new LineOperation(Office, new CommitmentPosting(Id("c1-post"), Id("c1"), 2_500_000)));

        Assert.All(write.Results, r => Assert.True(r.IsApplied));
        var head = await store.ReadHeadAsync(Suwon, Office);
        Assert.NotNull(head);
        Assert.Equal(new BudgetLineBalance(10_000_000, 10_000_000, 0, 2_500_000, 0, 0, 0), head.Body.Balance);
        Assert.Equal(4, head.Body.OperationCount);
        var log = await _temp.Documents.QueryAsync<LineOperationDocument>(Suwon, new DocumentQuery { IdPrefix = BudgetLineIds.LogPrefix(Office) });
        Assert.Equal([1L, 2, 3, 4], log.Items.Select(d => d.Body.Sequence));
        Assert.Equal(LineOperationKind.PostCommitment, log.Items[3].Body.Operation.Kind);
    }

    [Fact]
    public async Task WriteAsync_WhenOperationIsRetried_ReturnsTheFirstResultAndStoresNothingNew()
    {
        var store = NewStore();
        await FundAsync(store, Office, 1_000_000);
        await WriteAsync(store, new LineOperation(Office, new CommitmentRequest(Id("c1"), 2_000_000)));
        var before = await store.ReadHeadAsync(Suwon, Office);

        var retry = await WriteAsync(store, new LineOperation(Office, new CommitmentRequest(Id("c1"), 2_000_000)));

        Assert.True(retry.Results[0].IsReplay);
        Assert.Equal(ExecutionRefusalCode.CommitmentsExceedAllotment, retry.Results[0].Refusal?.Code);
        Assert.Equal(before!.ETag, (await store.ReadHeadAsync(Suwon, Office))!.ETag);
    }

    [Fact]
    public async Task WriteAsync_WhenResolutionAndPaymentApply_PostsBalancedJournalEntriesOnTheLog()
    {
        var store = NewStore();
        await FundAsync(store, Office, 5_000_000);
        await WriteAsync(store,
            new LineOperation(Office, new CommitmentRequest(Id("c1"), 1_000_000)),
            new LineOperation(Office, new CommitmentPosting(Id("c1-post"), Id("c1"), 1_000_000)),
            new LineOperation(Office, new ExpenditureResolution(Id("r1"), Id("c1"), 1_000_000)),
            new LineOperation(Office, new Payment(Id("p1"), Id("r1"), 1_000_000)));

        var log = await _temp.Documents.QueryAsync<LineOperationDocument>(Suwon, new DocumentQuery { IdPrefix = BudgetLineIds.LogPrefix(Office) });
        var payment = Assert.Single(log.Items, d => d.Body.Operation.Kind == LineOperationKind.Pay).Body.Journal;
        Assert.NotNull(payment);
        Assert.Equal(new DateOnly(2026, 3, 2), payment.AccountingDate);
        Assert.Contains(new StoredJournalLine(ChartOfAccounts.Payables.Code, EntrySide.Debit, 1_000_000), payment.Lines);
        Assert.Contains(new StoredJournalLine(ChartOfAccounts.Cash.Code, EntrySide.Credit, 1_000_000), payment.Lines);
        var totals = (await store.ReadHeadAsync(Suwon, Office))!.Body.AccountTotals;
        Assert.Equal(totals.Sum(t => t.DebitWon), totals.Sum(t => t.CreditWon));
        var payables = totals.Single(t => t.LedgerAccountCode == ChartOfAccounts.Payables.Code);
        Assert.Equal(payables.CreditWon, payables.DebitWon);
    }

    [Fact]
    public async Task WriteAsync_WhenAnotherProcessWroteTheLine_RebuildsFromTheLogAndLosesNothing()
    {
        var first = NewStore();
        var second = NewStore();
        await FundAsync(first, Office, 1_000_000);
        await WriteAsync(first, new LineOperation(Office, new CommitmentRequest(Id("c1"), 100_000)));

        // The second store has never seen the line; then both write in turn with stale caches.
        await WriteAsync(second, new LineOperation(Office, new CommitmentRequest(Id("c2"), 200_000)));
        await WriteAsync(first, new LineOperation(Office, new CommitmentRequest(Id("c3"), 300_000)));
        var late = await WriteAsync(second, new LineOperation(Office, new CommitmentRequest(Id("c1"), 100_000)));

        Assert.True(late.Results[0].IsReplay);
        var head = (await first.ReadHeadAsync(Suwon, Office))!.Body;
        Assert.Equal(600_000, head.PendingWon);
        Assert.Equal(5, head.OperationCount);
    }

    [Fact]
    public async Task WriteAsync_WhenTwoProcessesRaceOnOneLine_AppliesEveryOperationExactlyOnce()
    {
        var stores = new[] { NewStore(), NewStore(), NewStore() };
        await FundAsync(stores[0], Office, 1_000_000_000);

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            WriteAsync(stores[i % 3], new LineOperation(Office, new CommitmentRequest(Id($"c{i % 40}"), 1_000))))));

        var head = (await stores[0].ReadHeadAsync(Suwon, Office))!.Body;
        Assert.Equal(40 * 1_000, head.PendingWon);
        Assert.Equal(2 + 40, head.OperationCount);
    }

    [Fact]
    public async Task WriteAsync_WhenTheCallersDocumentIsStale_ThrowsAndTheNextWriteSeesOnlyStoredState()
    {
        var store = NewStore();
        await FundAsync(store, Office, 1_000_000);
        var stale = await _temp.Documents.CreateAsync(Suwon, "marker", new LineOperationDocument("x", 1, new StoredOperation(LineOperationKind.Commit, "m", null, 1), null, null, null, _clock.GetUtcNow(), null));
        await _temp.Documents.ReplaceAsync(Suwon, "marker", stale.Body, stale.ETag);

        await Assert.ThrowsAsync<TransactionalBatchFailedException>(() => store.WriteAsync(Suwon,
            [new LineOperation(Office, new CommitmentRequest(Id("c1"), 500_000))], "tester",
            (_, batch) => batch.Replace("marker", stale.Body, stale.ETag)));

        var again = await WriteAsync(store, new LineOperation(Office, new CommitmentRequest(Id("c2"), 1_000_000)));
        Assert.True(again.Results[0].IsApplied);
        Assert.Equal(1_000_000, (await store.ReadHeadAsync(Suwon, Office))!.Body.PendingWon);
    }

    [Fact]
    public async Task WriteAsync_WhenOneWriteSpansTwoLines_ChangesBothOrNeither()
    {
        var store = NewStore();
        await FundAsync(store, Office, 1_000_000);
        await FundAsync(store, Travel, 1_000_000);

        // 전용-like: budget leaves one line and arrives on the other under one id.
        await WriteAsync(store,
            new LineOperation(Office, new AllotmentAdjustment(Id("t1"), -400_000)),
            new LineOperation(Office, new BudgetAdjustment(Id("t1b"), -400_000)),
            new LineOperation(Travel, new BudgetAdjustment(Id("t1b"), 400_000)),
            new LineOperation(Travel, new AllotmentAdjustment(Id("t1"), 400_000)));

        Assert.Equal(600_000, (await store.ReadHeadAsync(Suwon, Office))!.Body.BudgetWon);
        Assert.Equal(1_400_000, (await store.ReadHeadAsync(Suwon, Travel))!.Body.BudgetWon);
    }

    [Fact]
    public async Task ReadAsync_WhenLinesWereTrimmedOrTheProcessRestarted_RebuildsTheSameLedger()
    {
        var store = NewStore(maxResidentLines: 1);
        await FundAsync(store, Office, 1_000_000);
        await FundAsync(store, Travel, 2_000_000);
        await WriteAsync(store, new LineOperation(Office, new CommitmentRequest(Id("c1"), 250_000)));

        _temp.Reopen();
        var restarted = new BudgetLineLedgerStore(_temp.Documents, _clock, new BudgetLineLedgerStoreOptions());

        var commitment = await restarted.ReadAsync(Suwon, Office, ledger => ledger.TryGetCommitment(Id("c1"), out var c) ? c : default);
        Assert.Equal(CommitmentStatus.Pending, commitment.Status);
        Assert.Equal(250_000, commitment.RequestedWon);
        Assert.Equal(2_000_000, await restarted.ReadAsync(Suwon, Travel, ledger => ledger.Balance.AvailableWon));
    }

    [Fact]
    public async Task ReadAsync_WhenTheLogSpansSeveralPages_RebuildsEveryOperation()
    {
        var store = NewStore();
        await FundAsync(store, Office, 1_000_000_000);
        for (var start = 0; start < 2_520; start += 90)
        {
            await store.WriteAsync(Suwon, Enumerable.Range(start, 90)
                .Select(i => new LineOperation(Office, new CommitmentRequest(Id($"c{i}"), 1_000))).ToList(), "tester");
        }

        var restarted = new BudgetLineLedgerStore(_temp.Documents, _clock, new BudgetLineLedgerStoreOptions());

        Assert.Equal(2_520 * 1_000, await restarted.ReadAsync(Suwon, Office, ledger => ledger.Balance.PendingWon));
        Assert.Equal(2_522, await restarted.ReadAsync(Suwon, Office, ledger => ledger.Operations.Count));
    }
}
