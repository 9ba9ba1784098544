namespace LoFin.Domain.Budget.Execution;

/// <summary>The 예산현액 changed. Budget side only: no journal entry.</summary>
public sealed record BudgetAdjusted(BudgetLineKey Line, OperationId OperationId, long DeltaWon) : ExecutionEvent(Line, OperationId);
