using LoFin.Application.Budget.Structure;
using LoFin.Domain.Budget.Structure;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Demo;

/// <summary>A generated budget: the expenditure structure and the revenue lines, which balance per 회계 (세입 = 세출).</summary>
public sealed record DemoBudget(TenantId TenantId, int FiscalYear, ExpenditureFile Expenditure, IReadOnlyList<RevenueLine> Revenue);
