namespace LoFin.Domain.Budget.Execution;

/// <summary>지급 ≤ 지출결의, per resolution: what stops a payment from going out twice.</summary>
public static class PaymentsMustNotExceedResolution
{
    public static ExecutionRefusal? Check(long amountWon, ResolutionView resolution) =>
        amountWon <= resolution.UnpaidWon
            ? null
            : new(ExecutionRefusalCode.PaymentExceedsResolution, ExecutionMessages.PaymentExceedsResolution(amountWon, resolution.UnpaidWon));

    public static bool Holds(ResolutionView resolution) => resolution.PaidWon >= 0 && resolution.PaidWon <= resolution.AmountWon;

    public static bool Holds(BudgetLineBalance balance) => balance.PaidWon >= 0 && balance.PaidWon <= balance.ResolvedWon;
}
