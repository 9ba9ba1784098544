using LoFin.Application.Budget.Execution;

namespace LoFin.Functions.Http.Execution;

/// <summary>Sums of line balances for one group (a 회계, a 통계목 or a department).</summary>
/// <param name="ExecutionRateBasisPoints">집행률 in hundredths of a percent, floored (절사): paid × 10,000 ÷ budget.</param>
public sealed record ExecutionTotals(
    string Key,
    int LineCount,
    long BudgetWon,
    long AllottedWon,
    long PendingWon,
    long CommittedWon,
    long ResolvedWon,
    long PaidWon,
    long RefundedWon,
    long ExecutionRateBasisPoints)
{
    public static ExecutionTotals Empty(string key) => new(key, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ExecutionTotals Add(LineLedgerDocument line)
    {
        var budget = BudgetWon + line.BudgetWon;
        var paid = PaidWon + line.PaidWon;
        return new(Key, LineCount + 1, budget, AllottedWon + line.AllottedWon, PendingWon + line.PendingWon, CommittedWon + line.CommittedWon,
            ResolvedWon + line.ResolvedWon, paid, RefundedWon + line.RefundedWon, budget <= 0 ? 0 : (long)(Int128.Max(0, paid) * 10_000 / budget));
    }
}
