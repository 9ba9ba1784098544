namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A payment (its id is <see cref="ExecutionEvent.OperationId"/>) against a 지출결의. Posts Dr 미지급금 /
/// Cr 현금.
/// </summary>
public sealed record PaymentMade(BudgetLineKey Line, OperationId OperationId, OperationId ResolutionId, long AmountWon) : ExecutionEvent(Line, OperationId);
