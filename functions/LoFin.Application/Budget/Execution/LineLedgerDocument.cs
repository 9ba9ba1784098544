using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// The head of one budget line's execution ledger: its current balance (예산회계 view), the
/// debits and credits its journal entries posted per ledger account, and how many operations
/// its log holds. Every write to the line replaces it under its etag in the same batch as the
/// new log entries, so the head and the log never disagree and two writers never both win.
/// Queries over heads give balances per 통계목 and per 회계 without replaying any log.
/// </summary>
public sealed record LineLedgerDocument(
    string LineKey,
    int FiscalYear,
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
    long OperationCount,
    IReadOnlyList<LedgerAccountTotal> AccountTotals) : IDocumentBody
{
    public static string DocumentType => "line-ledger";

    public BudgetLineBalance Balance => new(BudgetWon, AllottedWon, PendingWon, CommittedWon, ResolvedWon, PaidWon, RefundedWon);

    public static LineLedgerDocument Create(BudgetLineKey line, BudgetLineBalance balance, long operationCount, IReadOnlyList<LedgerAccountTotal> accountTotals) =>
        new(line.ToString(), line.FiscalYear, line.Account.ToString(), line.Department.ToString(), line.Program.ToString(), line.Item.ToString(),
            balance.BudgetWon, balance.AllottedWon, balance.PendingWon, balance.CommittedWon, balance.ResolvedWon, balance.PaidWon, balance.RefundedWon,
            operationCount, accountTotals);
}
