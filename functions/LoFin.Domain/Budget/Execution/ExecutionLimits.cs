namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A limit on everything (TigerBeetle): no amount, and no line's budget, may exceed
/// 1,000조원 — about twice all 243 local governments' 2024 budgets together (468조원). The
/// limit is far below <see cref="long.MaxValue"/> (≈ 922경원), so sums of bounded amounts in
/// the ledger cannot overflow, and an absurd amount (a typo of twelve extra zeros, or
/// long.MaxValue from a broken client) is refused with a reason instead of wrapping around.
/// </summary>
public static class ExecutionLimits
{
    public const long MaxAmountWon = 1_000_000_000_000_000;
}
