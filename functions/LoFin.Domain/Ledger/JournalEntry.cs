using System.Diagnostics.CodeAnalysis;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>
/// A balanced journal entry (분개) of one 회계: it cannot be constructed empty or unbalanced.
/// Its id is the operation that caused it (a 지출결의, a payment, a receipt), so posting the
/// same operation twice is recognised by id. <see cref="BudgetLine"/> names the expenditure
/// line it came from, for balances per line and per 통계목 and the 사업별 원가.
/// </summary>
public sealed class JournalEntry
{
    // Entries of the posting rules keep their two lines inline (one object per entry, not two);
    // any other shape keeps an array.
    private readonly JournalLine[]? _lines;
    private readonly JournalLinePair _pair;

    private JournalEntry(OperationId id, FiscalAccount account, DateOnly date, long totalWon, BudgetLineKey? budgetLine)
    {
        Id = id;
        Account = account;
        Date = date;
        TotalWon = totalWon;
        BudgetLine = budgetLine;
    }

    private JournalEntry(OperationId id, FiscalAccount account, DateOnly date, JournalLine[] lines, long totalWon, BudgetLineKey? budgetLine)
        : this(id, account, date, totalWon, budgetLine) => _lines = lines;

    private JournalEntry(OperationId id, FiscalAccount account, DateOnly date, JournalLine debit, JournalLine credit, long totalWon, BudgetLineKey? budgetLine)
        : this(id, account, date, totalWon, budgetLine)
    {
        _pair[0] = debit;
        _pair[1] = credit;
    }

    public OperationId Id { get; }

    /// <summary>The 회계 whose books it belongs to.</summary>
    public FiscalAccount Account { get; }

    /// <summary>회계일자 (Seoul business date), given by the caller from its injected clock.</summary>
    public DateOnly Date { get; }

    public ReadOnlySpan<JournalLine> Lines => _lines ?? (ReadOnlySpan<JournalLine>)_pair;

    /// <summary>The total of either side (they are equal).</summary>
    public long TotalWon { get; }

    public BudgetLineKey? BudgetLine { get; }

    public static JournalEntry Create(OperationId id, FiscalAccount account, DateOnly date, ReadOnlySpan<JournalLine> lines, BudgetLineKey? budgetLine = null) =>
        TryCreate(id, account, date, lines, out var entry, out var problem, budgetLine) ? entry : throw new InvalidJournalEntryException(problem);

    public static bool TryCreate(
        OperationId id,
        FiscalAccount account,
        DateOnly date,
        ReadOnlySpan<JournalLine> lines,
        [NotNullWhen(true)] out JournalEntry? entry,
        [NotNullWhen(false)] out string? problem,
        BudgetLineKey? budgetLine = null)
    {
        entry = null;
        long totalWon = 0;
        problem = id.IsEmpty ? LedgerMessages.MissingId
            : account.IsEmpty ? LedgerMessages.MissingFiscalAccount
            : JournalEntryMustBalance.Check(lines, out totalWon);
        if (problem is not null)
        {
            return false;
        }
        entry = new JournalEntry(id, account, date, lines.ToArray(), totalWon, budgetLine);
        return true;
    }

    /// <summary>
    /// The shape of almost every entry the posting rules make: one debit, one credit. Skips the
    /// general check's loop but not its rule.
    /// </summary>
    internal static JournalEntry Pair(OperationId id, FiscalAccount account, DateOnly date, LedgerAccount debit, LedgerAccount credit, long amountWon, BudgetLineKey? budgetLine)
    {
        if (amountWon <= 0)
        {
            throw new InvalidJournalEntryException(LedgerMessages.NonPositiveAmount(amountWon));
        }
        if (id.IsEmpty || account.IsEmpty)
        {
            throw new InvalidJournalEntryException(id.IsEmpty ? LedgerMessages.MissingId : LedgerMessages.MissingFiscalAccount);
        }
        return new JournalEntry(id, account, date, JournalLine.Debit(debit, amountWon), JournalLine.Credit(credit, amountWon), amountWon, budgetLine);
    }

    /// <summary>
    /// Whether <paramref name="other"/> records the same thing: a repeat of this entry rather than
    /// a clash of ids.
    /// </summary>
    public bool HasSameContent(JournalEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Id == other.Id && Account == other.Account && Date == other.Date && BudgetLine == other.BudgetLine
            && Lines.SequenceEqual(other.Lines);
    }
}
