namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Every amount is positive and at most <see cref="ExecutionLimits.MaxAmountWon"/>; every
/// change is non-zero and at most that in size. Checked first, so the other rules only ever
/// add bounded numbers and cannot overflow.
/// </summary>
public static class AmountMustBeWithinLimits
{
    public static ExecutionRefusal? CheckAmount(string kind, long amountWon) =>
        amountWon is >= 1 and <= ExecutionLimits.MaxAmountWon
            ? null
            : new(ExecutionRefusalCode.AmountOutOfRange, ExecutionMessages.AmountOutOfRange(kind, amountWon));

    public static ExecutionRefusal? CheckChange(string kind, long deltaWon) =>
        deltaWon != 0 && deltaWon is >= -ExecutionLimits.MaxAmountWon and <= ExecutionLimits.MaxAmountWon
            ? null
            : new(ExecutionRefusalCode.AmountOutOfRange, ExecutionMessages.ChangeOutOfRange(kind, deltaWon));

    /// <summary>A line's 예산현액 stays within the limit too.</summary>
    public static ExecutionRefusal? CheckLineBudget(long budgetWon) =>
        budgetWon <= ExecutionLimits.MaxAmountWon
            ? null
            : new(ExecutionRefusalCode.LineBudgetLimitExceeded, ExecutionMessages.LineBudgetLimitExceeded(budgetWon));
}
