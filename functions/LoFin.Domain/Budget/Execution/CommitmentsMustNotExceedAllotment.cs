namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Pending plus posted commitments ≤ 배정: a 지출원인행위 may not exceed the allotment
/// (지방회계법 제29조). Pending ones count, because the reservation is what makes phase two
/// safe: a posting can never fail for lack of allotment.
/// </summary>
public static class CommitmentsMustNotExceedAllotment
{
    public static ExecutionRefusal? CheckNewCommitment(long amountWon, BudgetLineBalance balance) =>
        amountWon <= balance.AvailableWon
            ? null
            : new(ExecutionRefusalCode.CommitmentsExceedAllotment, ExecutionMessages.CommitmentExceedsAvailable(amountWon, balance.AvailableWon));

    public static ExecutionRefusal? CheckAllotment(long allottedWon, BudgetLineBalance balance) =>
        allottedWon >= balance.PendingWon + balance.CommittedWon
            ? null
            : new(ExecutionRefusalCode.CommitmentsExceedAllotment, ExecutionMessages.AllotmentBelowCommitments(allottedWon, balance.PendingWon + balance.CommittedWon));

    public static bool Holds(BudgetLineBalance balance) =>
        balance.PendingWon >= 0 && balance.CommittedWon >= 0 && balance.PendingWon + balance.CommittedWon <= balance.AllottedWon;
}
