using LoFin.Domain.Money;

namespace LoFin.Domain.Ledger;

/// <summary>
/// The trial balance (시산표): every account's debit and credit totals. Because every entry
/// balances, total debits equal total credits — <see cref="DifferenceWon"/> is always zero,
/// and tests check it after every operation. <see cref="Of"/> recomputes it from entries, to
/// cross-check a <see cref="GeneralLedger"/>'s running totals.
/// </summary>
public sealed class TrialBalance
{
    internal TrialBalance(IReadOnlyList<TrialBalanceRow> rows)
    {
        Rows = rows;
        foreach (var row in rows)
        {
            TotalDebitWon = WonArithmetic.Add(TotalDebitWon, row.DebitWon);
            TotalCreditWon = WonArithmetic.Add(TotalCreditWon, row.CreditWon);
        }
    }

    /// <summary>Accounts with any activity, in chart order.</summary>
    public IReadOnlyList<TrialBalanceRow> Rows { get; }

    public long TotalDebitWon { get; }

    public long TotalCreditWon { get; }

    public long DifferenceWon => TotalDebitWon - TotalCreditWon;

    public bool IsBalanced => DifferenceWon == 0;

    /// <summary>The row of <paramref name="account"/>; zeros when it has no activity.</summary>
    public TrialBalanceRow RowOf(LedgerAccount account)
    {
        foreach (var row in Rows)
        {
            if (row.Account == account)
            {
                return row;
            }
        }
        return new TrialBalanceRow(account, 0, 0);
    }

    public static TrialBalance Of(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var accounts = ChartOfAccounts.All;
        var debits = new long[accounts.Count];
        var credits = new long[accounts.Count];
        foreach (var entry in entries)
        {
            foreach (var line in entry.Lines)
            {
                var totals = line.Side == EntrySide.Debit ? debits : credits;
                totals[line.Account.Index] = WonArithmetic.Add(totals[line.Account.Index], line.AmountWon);
            }
        }
        return FromTotals(debits, credits);
    }

    internal static TrialBalance FromTotals(long[] debits, long[] credits)
    {
        var rows = new List<TrialBalanceRow>();
        foreach (var account in ChartOfAccounts.All)
        {
            if (debits[account.Index] != 0 || credits[account.Index] != 0)
            {
                rows.Add(new TrialBalanceRow(account, debits[account.Index], credits[account.Index]));
            }
        }
        return new TrialBalance(rows);
    }
}
