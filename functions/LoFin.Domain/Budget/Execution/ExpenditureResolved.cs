namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A 지출결의 (its id is <see cref="ExecutionEvent.OperationId"/>) against a commitment. Posts Dr
/// expense or asset / Cr 미지급금.
/// </summary>
public sealed record ExpenditureResolved(BudgetLineKey Line, OperationId OperationId, OperationId CommitmentId, long AmountWon) : ExecutionEvent(Line, OperationId);
