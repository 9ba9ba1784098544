using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>지급 → Dr 미지급금 / Cr 현금및현금성자산: the 금고 paid, so the payable is settled in cash.</summary>
public static class PaymentSettlesPayableWithCash
{
    public static JournalEntry Entry(PaymentMade payment, DateOnly accountingDate)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return JournalEntry.Pair(payment.OperationId, payment.Line.Account, accountingDate,
            ChartOfAccounts.Payables, ChartOfAccounts.Cash, payment.AmountWon, payment.Line);
    }
}
