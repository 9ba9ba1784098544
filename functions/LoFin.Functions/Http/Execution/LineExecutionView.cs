using LoFin.Application.Budget.Execution;

namespace LoFin.Functions.Http.Execution;

/// <param name="ExecutionRateBasisPoints">집행률 in hundredths of a percent, floored (절사): paid × 10,000 ÷ budget; 0 with no budget.</param>
public sealed record LineExecutionView(
    string LineKey,
    string FiscalAccountCode,
    string DepartmentCode,
    string ProgramId,
    string StatisticalItemCode,
    long BudgetWon,
    long AllottedWon,
    long PendingWon,
    long CommittedWon,
    long ResolvedWon,
    long PaidWon,
    long RefundedWon,
    long AvailableWon,
    long ExecutionRateBasisPoints)
{
    public static LineExecutionView From(LineLedgerDocument line) => new(line.LineKey, line.FiscalAccountCode, line.DepartmentCode, line.ProgramId,
        line.StatisticalItemCode, line.BudgetWon, line.AllottedWon, line.PendingWon, line.CommittedWon, line.ResolvedWon, line.PaidWon, line.RefundedWon,
        line.Balance.AvailableWon, line.BudgetWon <= 0 ? 0 : (long)(Int128.Max(0, line.PaidWon) * 10_000 / line.BudgetWon));
}
