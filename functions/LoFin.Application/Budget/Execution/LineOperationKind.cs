namespace LoFin.Application.Budget.Execution;

/// <summary>The kinds of <see cref="LoFin.Domain.Budget.Execution.ExecutionOperation"/> as they are stored.</summary>
public enum LineOperationKind
{
    AdjustBudget,
    AdjustAllotment,
    Commit,
    PostCommitment,
    VoidCommitment,
    ReduceCommitment,
    Resolve,
    Pay,
    Refund,
}
