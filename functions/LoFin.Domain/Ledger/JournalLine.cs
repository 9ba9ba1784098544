namespace LoFin.Domain.Ledger;

/// <summary>One line of a journal entry: an account, a side, and a positive amount in won.</summary>
public readonly record struct JournalLine(LedgerAccount Account, EntrySide Side, long AmountWon)
{
    public static JournalLine Debit(LedgerAccount account, long amountWon) => new(account, EntrySide.Debit, amountWon);

    public static JournalLine Credit(LedgerAccount account, long amountWon) => new(account, EntrySide.Credit, amountWon);
}
