using LoFin.Domain.Budget.Execution;
using static LoFin.Domain.Tests.Budget.Execution.Lines;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>Each limit with the amount that just fits and the one won that does not.</summary>
public sealed class BudgetLineLedgerLimitTests
{
    [Fact]
    public void AdjustAllotment_WhenAllotmentReachesTheBudgetExactly_Applies() =>
        Assert.Equal(1_000_000, Funded(1_000_000, 1_000_000).Balance.AllottedWon);

    [Fact]
    public void AdjustAllotment_WhenOneWonAboveTheBudget_RefusesAndChangesNothing()
    {
        var ledger = Funded(1_000_000, 999_999);
        var before = ledger.Balance;
        var result = ledger.AdjustAllotment(Id("more"), 2);
        Assert.Equal(ExecutionRefusalCode.AllotmentExceedsBudget, result.Refusal?.Code);
        Assert.Equal(before, ledger.Balance);
        Assert.Contains("1,000,001원", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdjustBudget_WhenCutToExactlyTheAllotment_Applies() =>
        Assert.True(Funded(1_000_000, 600_000).AdjustBudget(Id("cut"), -400_000).IsApplied);

    [Fact]
    public void AdjustBudget_WhenCutOneWonBelowTheAllotment_Refuses() =>
        Assert.Equal(ExecutionRefusalCode.AllotmentExceedsBudget, Funded(1_000_000, 600_000).AdjustBudget(Id("cut"), -400_001).Refusal?.Code);

    [Fact]
    public void AdjustBudget_WhenLineReachesTheLimitExactly_Applies() =>
        Assert.Equal(ExecutionLimits.MaxAmountWon, Funded(ExecutionLimits.MaxAmountWon, 0).Balance.BudgetWon);

    [Fact]
    public void AdjustBudget_WhenLineWouldExceedTheLimitByOneWon_Refuses() =>
        Assert.Equal(ExecutionRefusalCode.LineBudgetLimitExceeded, Funded(ExecutionLimits.MaxAmountWon, 0).AdjustBudget(Id("one-more"), 1).Refusal?.Code);

    [Theory]
    [InlineData(0)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(ExecutionLimits.MaxAmountWon + 1)]
    public void AdjustBudget_WhenChangeIsZeroOrBeyondTheLimit_RefusesAmountOutOfRange(long deltaWon) =>
        Assert.Equal(ExecutionRefusalCode.AmountOutOfRange, new BudgetLineLedger(OfficeSupplies).AdjustBudget(Id("b"), deltaWon).Refusal?.Code);

    [Fact]
    public void Commit_WhenAmountIsExactlyTheAvailableAllotment_Applies()
    {
        var ledger = Funded(1_000_000, 500_000);
        Assert.True(ledger.Commit(Id("c1"), 500_000).IsApplied);
        Assert.Equal(0, ledger.Balance.AvailableWon);
    }

    [Fact]
    public void Commit_WhenOneWonAboveTheAvailableAllotment_RefusesWithBothAmounts()
    {
        var result = Funded(1_000_000, 500_000).Commit(Id("c1"), 500_001);
        Assert.Equal(ExecutionRefusalCode.CommitmentsExceedAllotment, result.Refusal?.Code);
        Assert.Equal("원인행위 금액 500,001원이 배정잔액 500,000원을 넘습니다.", result.Refusal!.Message);
    }

    [Fact]
    public void Commit_WhenPendingCommitmentsHoldTheAllotment_RefusesAnother()
    {
        var ledger = Funded(1_000_000, 500_000);
        Assert.True(ledger.Commit(Id("c1"), 300_000).IsApplied);
        Assert.Equal(ExecutionRefusalCode.CommitmentsExceedAllotment, ledger.Commit(Id("c2"), 200_001).Refusal?.Code);
        Assert.True(ledger.Commit(Id("c3"), 200_000).IsApplied);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Commit_WhenAmountIsNotPositive_RefusesAmountOutOfRange(long amountWon) =>
        Assert.Equal(ExecutionRefusalCode.AmountOutOfRange, Funded(1_000, 1_000).Commit(Id("c1"), amountWon).Refusal?.Code);

    [Fact]
    public void AdjustAllotment_WhenWithdrawalLeavesExactlyTheCommitments_Applies()
    {
        var ledger = Funded(1_000_000, 500_000);
        ledger.Commit(Id("c1"), 300_000);
        Assert.True(ledger.AdjustAllotment(Id("withdraw"), -200_000).IsApplied);
    }

    [Fact]
    public void AdjustAllotment_WhenWithdrawalGoesOneWonBelowTheCommitments_Refuses()
    {
        var ledger = Funded(1_000_000, 500_000);
        ledger.Commit(Id("c1"), 300_000);
        Assert.Equal(ExecutionRefusalCode.CommitmentsExceedAllotment, ledger.AdjustAllotment(Id("withdraw"), -200_001).Refusal?.Code);
    }

    [Fact]
    public void PostCommitment_WhenLessThanPending_ReleasesExactlyTheRest()
    {
        var ledger = Funded(1_000_000, 1_000_000);
        ledger.Commit(Id("c1"), 400_000);
        var result = ledger.PostCommitment(Id("post"), Id("c1"), 350_000);
        var posted = Assert.IsType<CommitmentPosted>(result.Event);
        Assert.Equal(50_000, posted.ReleasedWon);
        Assert.Equal(new BudgetLineBalance(1_000_000, 1_000_000, 0, 350_000, 0, 0, 0), ledger.Balance);
        Assert.Equal(650_000, ledger.Balance.AvailableWon);
    }

    [Fact]
    public void PostCommitment_WhenOneWonAbovePending_Refuses()
    {
        var ledger = Funded(1_000_000, 1_000_000);
        ledger.Commit(Id("c1"), 400_000);
        Assert.Equal(ExecutionRefusalCode.PostingExceedsPending, ledger.PostCommitment(Id("post"), Id("c1"), 400_001).Refusal?.Code);
    }

    [Fact]
    public void PostCommitment_WhenAlreadyPosted_RefusesNotPending() =>
        Assert.Equal(ExecutionRefusalCode.CommitmentNotPending, Committed(1_000).PostCommitment(Id("again"), Id("c1"), 1_000).Refusal?.Code);

    [Fact]
    public void PostCommitment_WhenCommitmentUnknown_RefusesNotFound() =>
        Assert.Equal(ExecutionRefusalCode.CommitmentNotFound, Funded(1_000, 1_000).PostCommitment(Id("post"), Id("nope"), 1).Refusal?.Code);

    [Fact]
    public void VoidCommitment_WhenPending_FreesAllOfIt()
    {
        var ledger = Funded(1_000_000, 1_000_000);
        ledger.Commit(Id("c1"), 400_000);
        var voided = Assert.IsType<CommitmentVoided>(ledger.VoidCommitment(Id("void"), Id("c1")).Event);
        Assert.Equal(400_000, voided.ReleasedWon);
        Assert.Equal(1_000_000, ledger.Balance.AvailableWon);
        Assert.Equal(ExecutionRefusalCode.CommitmentNotPosted, ledger.Resolve(Id("r1"), Id("c1"), 1).Refusal?.Code);
    }

    [Fact]
    public void VoidCommitment_WhenPosted_RefusesNotPending() =>
        Assert.Equal(ExecutionRefusalCode.CommitmentNotPending, Committed(1_000).VoidCommitment(Id("void"), Id("c1")).Refusal?.Code);

    [Fact]
    public void Resolve_WhenExactlyTheCommitment_Applies() => Assert.True(Committed(1_000).Resolve(Id("r1"), Id("c1"), 1_000).IsApplied);

    [Fact]
    public void Resolve_WhenOneWonAboveTheCommitment_Refuses() =>
        Assert.Equal(ExecutionRefusalCode.ResolutionExceedsCommitment, Committed(1_000).Resolve(Id("r1"), Id("c1"), 1_001).Refusal?.Code);

    [Fact]
    public void Resolve_WhenCommitmentStillPending_RefusesNotPosted()
    {
        var ledger = Funded(1_000, 1_000);
        ledger.Commit(Id("c1"), 1_000);
        var result = ledger.Resolve(Id("r1"), Id("c1"), 1_000);
        Assert.Equal(ExecutionRefusalCode.CommitmentNotPosted, result.Refusal?.Code);
        Assert.Contains("아직 확정되지 않아", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReduceCommitment_WhenExactlyTheUnresolvedRest_ReleasesIt()
    {
        var ledger = Committed(1_000);
        ledger.Resolve(Id("r1"), Id("c1"), 600);
        Assert.True(ledger.ReduceCommitment(Id("reduce"), Id("c1"), 400).IsApplied);
        Assert.Equal(600, ledger.Balance.CommittedWon);
        Assert.Equal(ExecutionRefusalCode.ResolutionExceedsCommitment, ledger.Resolve(Id("r2"), Id("c1"), 1).Refusal?.Code);
    }

    [Fact]
    public void ReduceCommitment_WhenOneWonMoreThanTheUnresolvedRest_Refuses()
    {
        var ledger = Committed(1_000);
        ledger.Resolve(Id("r1"), Id("c1"), 600);
        Assert.Equal(ExecutionRefusalCode.ResolutionExceedsCommitment, ledger.ReduceCommitment(Id("reduce"), Id("c1"), 401).Refusal?.Code);
    }

    [Fact]
    public void Pay_WhenExactlyTheResolution_Applies()
    {
        var ledger = Paid(1_000);
        Assert.Equal(1_000, ledger.Balance.PaidWon);
        Assert.Equal(0, ledger.Balance.UnpaidWon);
    }

    [Fact]
    public void Pay_WhenOneWonAboveTheResolution_Refuses()
    {
        var ledger = Committed(1_000);
        ledger.Resolve(Id("r1"), Id("c1"), 1_000);
        Assert.True(ledger.Pay(Id("p1"), Id("r1"), 999).IsApplied);
        Assert.Equal(ExecutionRefusalCode.PaymentExceedsResolution, ledger.Pay(Id("p2"), Id("r1"), 2).Refusal?.Code);
        Assert.True(ledger.Pay(Id("p3"), Id("r1"), 1).IsApplied);
    }

    [Fact]
    public void Pay_WhenResolutionUnknown_RefusesNotFound() =>
        Assert.Equal(ExecutionRefusalCode.ResolutionNotFound, Committed(1_000).Pay(Id("p1"), Id("c1"), 1).Refusal?.Code);

    [Fact]
    public void Refund_WhenAllOfAPayment_RestoresTheAllotmentForANewCommitment()
    {
        var ledger = Paid(1_000);
        var availableBefore = ledger.Balance.AvailableWon;
        Assert.True(ledger.Refund(Id("f1"), Id("p1"), 1_000).IsApplied);
        Assert.Equal(availableBefore + 1_000, ledger.Balance.AvailableWon);
        Assert.Equal((0L, 0L, 0L, 1_000L), (ledger.Balance.CommittedWon, ledger.Balance.ResolvedWon, ledger.Balance.PaidWon, ledger.Balance.RefundedWon));
    }

    [Fact]
    public void Refund_WhenOneWonMoreThanPaid_Refuses()
    {
        var ledger = Paid(1_000);
        Assert.True(ledger.Refund(Id("f1"), Id("p1"), 400).IsApplied);
        Assert.Equal(ExecutionRefusalCode.RefundExceedsPayment, ledger.Refund(Id("f2"), Id("p1"), 601).Refusal?.Code);
        Assert.True(ledger.Refund(Id("f3"), Id("p1"), 600).IsApplied);
    }

    [Fact]
    public void Pay_WhenPaymentWasRefunded_DoesNotPayTheRefundedAmountAgain()
    {
        var ledger = Paid(1_000);
        ledger.Refund(Id("f1"), Id("p1"), 300);
        Assert.Equal(ExecutionRefusalCode.PaymentExceedsResolution, ledger.Pay(Id("p2"), Id("r1"), 1).Refusal?.Code);
    }

    [Fact]
    public void Refund_WhenPaymentUnknown_RefusesNotFound() =>
        Assert.Equal(ExecutionRefusalCode.PaymentNotFound, Paid(1_000).Refund(Id("f1"), Id("r1"), 1).Refusal?.Code);
}
