using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// One line's place in <see cref="BudgetLineLedgerStore"/>'s memory: the gate that lets one
/// writer of this process at a time through, and the rebuilt ledger with the head etag it
/// matches. A ledger is only trusted while the stored head still has that etag; anything that
/// may have left it half-changed invalidates it.
/// </summary>
internal sealed class LineSlot(BudgetLineKey line)
{
    public BudgetLineKey Line { get; } = line;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public BudgetLineLedger? Ledger { get; private set; }

    /// <summary>The head's etag the ledger matches; null when the line has no head yet.</summary>
    public string? ETag { get; private set; }

    public long OperationCount { get; private set; }

    public Dictionary<string, (long DebitWon, long CreditWon)> AccountTotals { get; private set; } = [];

    public long LastUsed { get; set; }

    /// <summary>Log entries applied to <see cref="Ledger"/> and in the batch being written, not yet stored.</summary>
    public int Unsaved { get; set; }

    public bool IsIdle => Gate.CurrentCount == 1;

    public void Load(BudgetLineLedger ledger, string? etag, long operationCount, IEnumerable<LedgerAccountTotal> totals)
    {
        Ledger = ledger;
        ETag = etag;
        OperationCount = operationCount;
        AccountTotals = totals.ToDictionary(t => t.LedgerAccountCode, t => (t.DebitWon, t.CreditWon), StringComparer.Ordinal);
    }

    public void Written(string etag)
    {
        ETag = etag;
        OperationCount += Unsaved;
        Unsaved = 0;
    }

    public void Invalidate()
    {
        Ledger = null;
        ETag = null;
        OperationCount = 0;
        AccountTotals = [];
    }

    public IReadOnlyList<LedgerAccountTotal> TotalsInCodeOrder() =>
        AccountTotals.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LedgerAccountTotal(pair.Key, pair.Value.DebitWon, pair.Value.CreditWon))
            .ToList();
}
