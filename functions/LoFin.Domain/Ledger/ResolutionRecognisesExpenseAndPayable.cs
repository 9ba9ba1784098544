using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>
/// 지출결의 → Dr 비용 (or the asset, see <see cref="ExpenditureDebitAccount"/>) / Cr 미지급금.
/// The resolution follows 검수, so the obligation exists: this is where accrual accounting
/// recognises the cost, before any cash moves.
/// </summary>
public static class ResolutionRecognisesExpenseAndPayable
{
    public static JournalEntry Entry(ExpenditureResolved resolved, DateOnly accountingDate)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        return JournalEntry.Pair(resolved.OperationId, resolved.Line.Account, accountingDate,
            ExpenditureDebitAccount.For(resolved.Line.Item), ChartOfAccounts.Payables, resolved.AmountWon, resolved.Line);
    }
}
