namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// 지출결의 ≤ 지출원인행위, per commitment: the resolutions against a posted commitment, plus
/// what was released from it, never exceed what was posted.
/// </summary>
public static class ResolutionsMustNotExceedCommitment
{
    public static ExecutionRefusal? CheckResolution(long amountWon, CommitmentView commitment) =>
        amountWon <= commitment.UnresolvedWon
            ? null
            : new(ExecutionRefusalCode.ResolutionExceedsCommitment, ExecutionMessages.ResolutionExceedsCommitment(amountWon, commitment.UnresolvedWon));

    public static ExecutionRefusal? CheckReduction(long amountWon, CommitmentView commitment) =>
        amountWon <= commitment.UnresolvedWon
            ? null
            : new(ExecutionRefusalCode.ResolutionExceedsCommitment, ExecutionMessages.ReductionExceedsUnresolved(amountWon, commitment.UnresolvedWon));

    public static bool Holds(CommitmentView commitment) =>
        commitment.ResolvedWon >= 0 && commitment.ReducedWon >= 0 && commitment.ResolvedWon + commitment.ReducedWon <= commitment.PostedWon;

    public static bool Holds(BudgetLineBalance balance) => balance.ResolvedWon >= 0 && balance.ResolvedWon <= balance.CommittedWon;
}
