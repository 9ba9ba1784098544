namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Paid money came back (지출반납), undoing that much of the payment, its resolution and its
/// commitment. Posts Dr 현금 / Cr the account the resolution debited.
/// </summary>
public sealed record ExpenditureRefunded(BudgetLineKey Line, OperationId OperationId, OperationId PaymentId, OperationId ResolutionId, OperationId CommitmentId, long AmountWon) : ExecutionEvent(Line, OperationId);
