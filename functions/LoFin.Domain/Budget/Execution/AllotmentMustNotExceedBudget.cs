namespace LoFin.Domain.Budget.Execution;

/// <summary>배정 ≤ 예산현액 (지방재정법 시행령 자금 배정): checked when either side changes.</summary>
public static class AllotmentMustNotExceedBudget
{
    public static ExecutionRefusal? Check(long allottedWon, long budgetWon) =>
        allottedWon <= budgetWon
            ? null
            : new(ExecutionRefusalCode.AllotmentExceedsBudget, ExecutionMessages.AllotmentExceedsBudget(allottedWon, budgetWon));

    public static bool Holds(BudgetLineBalance balance) => balance.AllottedWon >= 0 && balance.AllottedWon <= balance.BudgetWon;
}
