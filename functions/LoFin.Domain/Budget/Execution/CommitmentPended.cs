namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A commitment was reserved (its id is <see cref="ExecutionEvent.OperationId"/>). Budget side
/// only: an executory contract is not yet a liability.
/// </summary>
public sealed record CommitmentPended(BudgetLineKey Line, OperationId OperationId, long AmountWon) : ExecutionEvent(Line, OperationId);
