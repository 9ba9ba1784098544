using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Formulation;

/// <summary>사정 of one line: the amount by 재원, the reason, and the etag of the line as the budget office read it.</summary>
public sealed record LineAdjustment(BudgetLineKey Key, FundingSplit Amount, string? Reason, string ETag);
