namespace LoFin.Domain.Budget.Execution;

/// <summary>The allotment changed. Budget side only: no journal entry.</summary>
public sealed record AllotmentAdjusted(BudgetLineKey Line, OperationId OperationId, long DeltaWon) : ExecutionEvent(Line, OperationId);
