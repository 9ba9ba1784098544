using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>One operation for one budget line's ledger.</summary>
public sealed record LineOperation(BudgetLineKey Line, ExecutionOperation Operation);
