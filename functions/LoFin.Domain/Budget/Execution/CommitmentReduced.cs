namespace LoFin.Domain.Budget.Execution;

/// <summary>Part of a posted commitment that was not resolved went back to the allotment.</summary>
public sealed record CommitmentReduced(BudgetLineKey Line, OperationId OperationId, OperationId CommitmentId, long ReleasedWon) : ExecutionEvent(Line, OperationId);
