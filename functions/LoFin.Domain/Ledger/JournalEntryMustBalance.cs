using LoFin.Domain.Money;

namespace LoFin.Domain.Ledger;

/// <summary>
/// 복식부기's one rule: an entry has at least one debit and one credit, every amount is
/// positive, and debits equal credits. <see cref="JournalEntry"/> cannot exist without it.
/// </summary>
public static class JournalEntryMustBalance
{
    /// <summary>Why the lines cannot form an entry, or null with the total of each side.</summary>
    public static string? Check(ReadOnlySpan<JournalLine> lines, out long totalWon)
    {
        totalWon = 0;
        long debitWon = 0;
        long creditWon = 0;
        var debits = 0;
        var credits = 0;
        foreach (var line in lines)
        {
            if (line.Account is null)
            {
                return LedgerMessages.LineWithoutAccount;
            }
            if (line.AmountWon <= 0)
            {
                return LedgerMessages.NonPositiveAmount(line.AmountWon);
            }
            bool fits;
            switch (line.Side)
            {
                case EntrySide.Debit:
                    fits = WonArithmetic.TryAdd(debitWon, line.AmountWon, out debitWon);
                    debits++;
                    break;
                case EntrySide.Credit:
                    fits = WonArithmetic.TryAdd(creditWon, line.AmountWon, out creditWon);
                    credits++;
                    break;
                default:
                    return LedgerMessages.InvalidSide;
            }
            if (!fits)
            {
                return LedgerMessages.TotalTooLarge;
            }
        }
        if (debits == 0 || credits == 0)
        {
            return LedgerMessages.TooFewLines;
        }
        if (debitWon != creditWon)
        {
            return LedgerMessages.Unbalanced(debitWon, creditWon);
        }
        totalWon = debitWon;
        return null;
    }
}
