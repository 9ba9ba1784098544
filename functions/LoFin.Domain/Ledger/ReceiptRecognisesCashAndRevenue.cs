namespace LoFin.Domain.Ledger;

/// <summary>
/// 세입 수납 → Dr 현금및현금성자산 / Cr the 장's account (see <see cref="RevenueCreditAccount"/>).
/// Recognising a receivable at 부과·고지 (Dr 미수세금) is the revenue side's next step; until then
/// revenue is recognised when it is received.
/// </summary>
public static class ReceiptRecognisesCashAndRevenue
{
    public static JournalEntry Entry(RevenueReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return JournalEntry.Pair(receipt.Id, receipt.Account, receipt.ReceivedOn,
            ChartOfAccounts.Cash, RevenueCreditAccount.For(receipt.Code.Chapter), receipt.AmountWon, budgetLine: null);
    }
}
