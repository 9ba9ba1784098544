using LoFin.Domain.Budget.Execution;
using static LoFin.Domain.Tests.Budget.Execution.Lines;

namespace LoFin.Domain.Tests.Budget.Execution;

public sealed class BudgetLineLedgerIdempotencyTests
{
    [Fact]
    public void Apply_WhenSameIdAndContentAgain_ReturnsTheOriginalResultMarkedAsReplay()
    {
        var ledger = Funded(1_000_000, 1_000_000);
        var first = ledger.Commit(Id("c1"), 400_000);
        ledger.Commit(Id("c2"), 100_000);
        var replay = ledger.Commit(Id("c1"), 400_000);
        Assert.True(replay.IsReplay);
        Assert.Equal(first, replay with { IsReplay = false });
        Assert.Equal(500_000, ledger.Balance.PendingWon);
        Assert.Equal(4, ledger.Operations.Count);
    }

    [Fact]
    public void Apply_WhenSameIdWithOneWonMore_RefusesExistsWithDifferentContentAndChangesNothing()
    {
        var ledger = Funded(1_000_000, 1_000_000);
        ledger.Commit(Id("c1"), 400_000);
        var before = ledger.Balance;
        var result = ledger.Commit(Id("c1"), 400_001);
        Assert.Equal(ExecutionRefusalCode.ExistsWithDifferentContent, result.Refusal?.Code);
        Assert.Contains("지출원인행위", result.Refusal!.Message, StringComparison.Ordinal);
        Assert.False(result.IsReplay);
        Assert.Equal(before, ledger.Balance);
        Assert.Equal(3, ledger.Operations.Count);
        Assert.True(ledger.Commit(Id("c1"), 400_000).IsReplay);
    }

    [Fact]
    public void Apply_WhenIdReusedForAnotherKindOfOperation_Refuses()
    {
        var ledger = Paid(1_000);
        Assert.Equal(ExecutionRefusalCode.ExistsWithDifferentContent, ledger.Refund(Id("p1"), Id("p1"), 1).Refusal?.Code);
    }

    [Fact]
    public void Apply_WhenARefusedIdIsRetriedAfterTheLineChanged_ReturnsTheOriginalRefusal()
    {
        var ledger = Funded(1_000_000, 100_000);
        var refused = ledger.Commit(Id("c1"), 200_000);
        ledger.AdjustAllotment(Id("more"), 500_000);
        var retry = ledger.Commit(Id("c1"), 200_000);
        Assert.True(retry.IsReplay);
        Assert.Equal(refused, retry with { IsReplay = false });
        Assert.Equal(0, ledger.Balance.PendingWon);
    }

    [Fact]
    public void Pay_WhenTheSamePaymentArrivesTwice_PaysOnce()
    {
        var ledger = Committed(1_000);
        ledger.Resolve(Id("r1"), Id("c1"), 1_000);
        var first = ledger.Pay(Id("bank-tx-1"), Id("r1"), 600);
        var second = ledger.Pay(Id("bank-tx-1"), Id("r1"), 600);
        Assert.True(first.IsApplied && second.IsReplay);
        Assert.Equal(600, ledger.Balance.PaidWon);
        Assert.Single(ledger.Payments);
    }

    [Fact]
    public void Rebuild_WhenTheLogIsReplayed_ReproducesBalanceItemsAndResults()
    {
        var ledger = Paid(1_000);
        ledger.Refund(Id("f1"), Id("p1"), 250);
        ledger.Commit(Id("c9"), 5_000_000);
        var rebuilt = BudgetLineLedger.Rebuild(ledger.Line, ledger.Operations);
        Assert.Equal(ledger.Balance, rebuilt.Balance);
        Assert.Equal(ledger.Commitments.OrderBy(c => c.Id.Value), rebuilt.Commitments.OrderBy(c => c.Id.Value));
        foreach (var operation in ledger.Operations)
        {
            Assert.True(ledger.TryGetResult(operation.Id, out var original));
            Assert.True(rebuilt.TryGetResult(operation.Id, out var again));
            Assert.Equal(original, again);
        }
    }

    [Theory]
    [InlineData("550e8400-e29b-41d4-a716-446655440000", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("한글", false)]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123", true)]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234", false)]
    public void OperationIdTryParse_WhenGiven_AcceptsPrintableAsciiUpTo64(string text, bool valid) =>
        Assert.Equal(valid, OperationId.TryParse(text, out _));

    [Fact]
    public void Apply_WhenOperationHasNoId_Throws() =>
        Assert.Throws<ArgumentException>(() => new BudgetLineLedger(OfficeSupplies).Apply(new CommitmentRequest(default, 1)));
}
