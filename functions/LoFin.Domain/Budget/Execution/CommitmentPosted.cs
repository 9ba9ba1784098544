namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A pending commitment was posted for <paramref name="PostedWon"/>; <paramref name="ReleasedWon"/>
/// (pending minus posted) went back to the allotment.
/// </summary>
public sealed record CommitmentPosted(BudgetLineKey Line, OperationId OperationId, OperationId CommitmentId, long PostedWon, long ReleasedWon) : ExecutionEvent(Line, OperationId);
