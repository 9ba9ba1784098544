using LoFin.Domain.Budget;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// The 금고 account of a government's 회계 (one real account per 회계 since 2024's 통합지출):
/// tenant code + 회계 code + 0001, the numbering the treasury bank simulator's demo accounts
/// use. A real deployment reads each government's accounts from its 금고 contract; this rule
/// stands in until that register exists.
/// </summary>
public static class TreasuryAccountNumbers
{
    public static string For(TenantId tenant, FiscalAccount account) => tenant.Value + account + "0001";
}
