namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A pending commitment was voided; all of it, <paramref name="ReleasedWon"/>, went back to the
/// allotment.
/// </summary>
public sealed record CommitmentVoided(BudgetLineKey Line, OperationId OperationId, OperationId CommitmentId, long ReleasedWon) : ExecutionEvent(Line, OperationId);
