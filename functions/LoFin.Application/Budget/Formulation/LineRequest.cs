using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;

namespace LoFin.Application.Budget.Formulation;

/// <summary>
/// 예산요구 for one line: the amount by 재원. A line not yet in the version needs its programme
/// tree (<see cref="Program"/>); for an existing line it is ignored. <see cref="ETag"/>, when
/// given, must be the line's current one.
/// </summary>
public sealed record LineRequest(BudgetLineKey Key, FundingSplit Amount, ProgramHierarchy? Program, string? ETag);
