using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>
/// 지출반납 → Dr 현금및현금성자산 / Cr the account the 지출결의 debited: the money is back and
/// the cost it recognised is undone, in the same account so 통계목 totals stay net.
/// </summary>
public static class RefundReturnsCashAndReversesExpenditure
{
    public static JournalEntry Entry(ExpenditureRefunded refund, DateOnly accountingDate)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return JournalEntry.Pair(refund.OperationId, refund.Line.Account, accountingDate,
            ChartOfAccounts.Cash, ExpenditureDebitAccount.For(refund.Line.Item), refund.AmountWon, refund.Line);
    }
}
