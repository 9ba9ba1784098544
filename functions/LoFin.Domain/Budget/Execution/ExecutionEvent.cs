namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// What an applied operation did to a line. Self-contained (it names its line), so it can
/// travel in an outbox message, and it is all the posting rules need to write the journal
/// entry: <see cref="OperationId"/> is the operation that caused it and the entry's id.
/// </summary>
public abstract record ExecutionEvent(BudgetLineKey Line, OperationId OperationId);
