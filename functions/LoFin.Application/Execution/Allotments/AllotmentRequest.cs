using LoFin.Domain.Budget;

namespace LoFin.Application.Execution.Allotments;

/// <param name="AmountWon">Positive to allot, negative to take an unused allotment back.</param>
public sealed record AllotmentRequest(string AllotmentId, BudgetLineKey Line, string Period, long AmountWon, string Reason);
