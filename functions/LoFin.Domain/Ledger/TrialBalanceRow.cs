namespace LoFin.Domain.Ledger;

/// <summary>One account's totals in a trial balance (합계잔액시산표).</summary>
public readonly record struct TrialBalanceRow(LedgerAccount Account, long DebitWon, long CreditWon)
{
    /// <summary>The balance on the account's normal side: negative means it is on the other side.</summary>
    public long BalanceWon => Account.NormalSide == EntrySide.Debit ? DebitWon - CreditWon : CreditWon - DebitWon;
}
