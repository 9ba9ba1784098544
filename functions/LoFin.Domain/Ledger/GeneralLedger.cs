using System.Runtime.InteropServices;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Money;

namespace LoFin.Domain.Ledger;

/// <summary>
/// The books of one 회계 (총계정원장): posted entries by id and running debit and credit totals
/// per account. Posting is idempotent by entry id, like the execution ledger: the same entry
/// again changes nothing, another entry under a used id is refused. The hot path is one
/// dictionary insert and two array additions, so a line's events post at memory speed.
/// Not thread-safe: one writer per 회계's books.
/// </summary>
public sealed class GeneralLedger
{
    private readonly Dictionary<OperationId, JournalEntry> _byId = [];
    private readonly List<JournalEntry> _entries = [];
    private readonly long[] _debitWon = new long[ChartOfAccounts.All.Count];
    private readonly long[] _creditWon = new long[ChartOfAccounts.All.Count];

    public GeneralLedger(FiscalAccount account)
    {
        if (account.IsEmpty)
        {
            throw new ArgumentException("A general ledger belongs to one 회계.", nameof(account));
        }
        Account = account;
    }

    public FiscalAccount Account { get; }

    /// <summary>Entries in the order they were posted.</summary>
    public IReadOnlyList<JournalEntry> Entries => _entries;

    public PostingResult Post(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Account != Account)
        {
            return new(PostingStatus.WrongFiscalAccount, entry, LedgerMessages.WrongFiscalAccount(entry.Account, Account));
        }
        var lines = entry.Lines;
        // Checked before anything is recorded, so an overflow (never seen below 922경원) leaves the books as they were.
        foreach (var line in lines)
        {
            var totals = line.Side == EntrySide.Debit ? _debitWon : _creditWon;
            if (!WonArithmetic.TryAdd(totals[line.Account.Index], line.AmountWon, out _))
            {
                throw new WonOverflowException($"계정 {line.Account}의 합계가 범위를 벗어났습니다.");
            }
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_byId, entry.Id, out var exists);
        if (exists)
        {
            return slot!.HasSameContent(entry)
                ? new(PostingStatus.AlreadyPosted, slot, null)
                : new(PostingStatus.ExistsWithDifferentContent, slot, LedgerMessages.ExistsWithDifferentContent(entry.Id));
        }
        slot = entry;
        _entries.Add(entry);
        foreach (var line in lines)
        {
            if (line.Side == EntrySide.Debit)
            {
                _debitWon[line.Account.Index] += line.AmountWon;
            }
            else
            {
                _creditWon[line.Account.Index] += line.AmountWon;
            }
        }
        return new(PostingStatus.Posted, entry, null);
    }

    public bool TryGetEntry(OperationId id, out JournalEntry? entry) => _byId.TryGetValue(id, out entry);

    public long DebitTotalWon(LedgerAccount account) => _debitWon[Checked(account).Index];

    public long CreditTotalWon(LedgerAccount account) => _creditWon[Checked(account).Index];

    /// <summary>The balance on the account's normal side (debit for assets and expenses).</summary>
    public long BalanceWon(LedgerAccount account) => new TrialBalanceRow(Checked(account), DebitTotalWon(account), CreditTotalWon(account)).BalanceWon;

    public TrialBalance TrialBalance() => Ledger.TrialBalance.FromTotals(_debitWon, _creditWon);

    private static LedgerAccount Checked(LedgerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account;
    }
}
