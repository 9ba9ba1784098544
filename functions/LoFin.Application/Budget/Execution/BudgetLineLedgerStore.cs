using System.Collections.Concurrent;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using LoFin.Domain.Money;
using LoFin.Domain.Tenancy;
using LoFin.Domain.Time;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// Persists budget line ledgers as their operation logs (ADR 0015): applies operations to the
/// lines' <see cref="BudgetLineLedger"/>s and writes, in one transactional batch, each new log
/// entry with the journal entry it posts, each changed line's head under its etag, and whatever
/// the caller adds (its own documents and outbox messages) — so a budget change, its journal
/// entry and its consequences happen together or not at all.
/// <para>
/// Ledgers stay in memory between writes, trusted only while their head's etag is unchanged;
/// another process's write is noticed by the etag and the ledger is rebuilt from its log. In
/// this process one writer per line at a time (gates taken in key order, so two writers of
/// several lines never deadlock); across processes the etag lets exactly one win and the loser
/// retries on fresh state.
/// </para>
/// </summary>
public sealed class BudgetLineLedgerStore(IDocumentStore store, TimeProvider clock, BudgetLineLedgerStoreOptions options)
{
    private const int LogPageSize = 1000;
    private readonly ConcurrentDictionary<(TenantId Tenant, BudgetLineKey Line), LineSlot> _slots = new();
    private long _uses;

    /// <summary>
    /// Applies <paramref name="operations"/> in order and stores what is new.
    /// <paramref name="addToBatch"/> sees the results and adds the caller's own writes to the
    /// same batch; it may be called again (with fresh results) when another writer got to a line
    /// first, so it must only read the results and add to the batch. A precondition failure on
    /// the caller's own documents is the caller's to handle and is thrown as it is.
    /// </summary>
    public async Task<LedgerWrite> WriteAsync(
        TenantId tenant,
        IReadOnlyList<LineOperation> operations,
        string? recordedBy,
        Action<LedgerWrite, TransactionalBatch>? addToBatch = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > DocumentLimits.MaxBatchOperations)
        {
            throw new ArgumentException($"A ledger write holds 1..{DocumentLimits.MaxBatchOperations} operations.", nameof(operations));
        }
        var lines = operations.Select(o => o.Line).Distinct().OrderBy(l => l.ToString(), StringComparer.Ordinal).ToArray();
        for (var attempt = 1; ; attempt++)
        {
            var slots = lines.Select(line => SlotOf(tenant, line)).ToArray();
            await EnterAllAsync(slots, cancellationToken);
            var headIndexes = new Dictionary<int, LineSlot>();
            var ownOperations = 0;
            try
            {
                foreach (var slot in slots)
                {
                    if (!await EnsureLoadedAsync(tenant, slot, cancellationToken) && !OnlyBudgetAdjustments(operations, slot.Line))
                    {
                        return LedgerWrite.Missing(slot.Line);
                    }
                }
                var write = Apply(operations, slots, out var batch, headIndexes, tenant, recordedBy);
                ownOperations = batch.Operations.Count;
                addToBatch?.Invoke(write, batch);
                if (batch.Operations.Count > 0)
                {
                    var committed = await store.ExecuteBatchAsync(batch, cancellationToken);
                    foreach (var (index, slot) in headIndexes)
                    {
                        slot.Written(committed.ETags[index] ?? throw new InvalidOperationException("The store returned no etag for a written line head."));
                    }
                }
                return write;
            }
            catch (TransactionalBatchFailedException failed) when (failed.StatusCode is 409 or 412
                && failed.FailedOperationIndex < ownOperations && attempt < options.MaxConflictRetries)
            {
                // Another process wrote one of our lines since we read its head: start again from the store.
                InvalidateAll(slots);
            }
            catch
            {
                // The cached ledgers may hold operations that were never stored.
                InvalidateAll(slots);
                throw;
            }
            finally
            {
                foreach (var slot in slots)
                {
                    slot.Unsaved = 0;
                    slot.Gate.Release();
                }
                TrimIfFull();
            }
        }
    }

    /// <summary>The line's head (balances and account totals), or null when it has no budget.</summary>
    public async Task<Document<LineLedgerDocument>?> ReadHeadAsync(TenantId tenant, BudgetLineKey line, CancellationToken cancellationToken = default) =>
        await store.ReadAsync<LineLedgerDocument>(tenant, BudgetLineIds.Head(line), cancellationToken);

    /// <summary>
    /// A view of the line's ledger as stored now (its commitments, resolutions, payments), or
    /// default when the line has no budget.
    /// </summary>
    public async Task<T?> ReadAsync<T>(TenantId tenant, BudgetLineKey line, Func<BudgetLineLedger, T> view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var slot = SlotOf(tenant, line);
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            return await EnsureLoadedAsync(tenant, slot, cancellationToken) ? view(slot.Ledger!) : default;
        }
        catch
        {
            slot.Invalidate();
            throw;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private LedgerWrite Apply(IReadOnlyList<LineOperation> operations, LineSlot[] slots, out TransactionalBatch batch,
        Dictionary<int, LineSlot> headIndexes, TenantId tenant, string? recordedBy)
    {
        var bySlot = slots.ToDictionary(s => s.Line);
        var logCountBefore = slots.ToDictionary(s => s, s => s.Ledger!.Operations.Count);
        var results = new ExecutionResult[operations.Count];
        var journal = new Dictionary<(BudgetLineKey, OperationId), StoredJournalEntry>();
        var today = SeoulTime.Today(clock);
        for (var i = 0; i < operations.Count; i++)
        {
            var slot = bySlot[operations[i].Line];
            results[i] = slot.Ledger!.Apply(operations[i].Operation);
            if (results[i] is { IsApplied: true, IsReplay: false } applied && PostingRules.EntryFor(applied.Event, today) is { } entry)
            {
                journal[(slot.Line, applied.OperationId)] = StoredJournalEntry.From(entry);
                AddToTotals(slot, entry);
            }
        }

        batch = new TransactionalBatch(tenant);
        var now = clock.GetUtcNow();
        foreach (var slot in slots)
        {
            var log = slot.Ledger!.Operations;
            var added = log.Count - logCountBefore[slot];
            if (added == 0)
            {
                continue;
            }
            slot.Unsaved = added;
            for (var k = 0; k < added; k++)
            {
                var operation = log[logCountBefore[slot] + k];
                var sequence = slot.OperationCount + k + 1;
                slot.Ledger.TryGetResult(operation.Id, out var result);
                batch.Create(BudgetLineIds.LogEntry(slot.Line, sequence), new LineOperationDocument(
                    slot.Line.ToString(), sequence, StoredOperation.From(operation), result.Refusal?.Code, result.Refusal?.Message,
                    journal.GetValueOrDefault((slot.Line, operation.Id)), now, recordedBy));
            }
            var head = LineLedgerDocument.Create(slot.Line, slot.Ledger.Balance, slot.OperationCount + added, slot.TotalsInCodeOrder());
            headIndexes[batch.Operations.Count] = slot;
            if (slot.ETag is null)
            {
                batch.Create(BudgetLineIds.Head(slot.Line), head);
            }
            else
            {
                batch.Replace(BudgetLineIds.Head(slot.Line), head, slot.ETag);
            }
        }
        return new LedgerWrite(LedgerWriteOutcome.Written, results);
    }

    private static void AddToTotals(LineSlot slot, JournalEntry entry)
    {
        foreach (var line in entry.Lines)
        {
            var code = line.Account.Code;
            var (debit, credit) = slot.AccountTotals.GetValueOrDefault(code);
            slot.AccountTotals[code] = line.Side == EntrySide.Debit
                ? (WonArithmetic.Add(debit, line.AmountWon), credit)
                : (debit, WonArithmetic.Add(credit, line.AmountWon));
        }
    }

    /// <summary>
    /// Makes the slot's ledger match the stored head, rebuilding it from the log when the head
    /// moved. False when the line has no head (no budget yet); the slot then holds an empty
    /// ledger that only a budget adjustment may start.
    /// </summary>
    private async Task<bool> EnsureLoadedAsync(TenantId tenant, LineSlot slot, CancellationToken cancellationToken)
    {
        slot.LastUsed = Interlocked.Increment(ref _uses);
        var head = await store.ReadAsync<LineLedgerDocument>(tenant, BudgetLineIds.Head(slot.Line), cancellationToken);
        if (head is null)
        {
            slot.Load(new BudgetLineLedger(slot.Line), null, 0, []);
            return false;
        }
        if (slot.Ledger is not null && slot.ETag == head.ETag)
        {
            return true;
        }
        var ledger = new BudgetLineLedger(slot.Line);
        long count = 0;
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync<LineOperationDocument>(tenant,
                new DocumentQuery { IdPrefix = BudgetLineIds.LogPrefix(slot.Line), PageSize = LogPageSize, ContinuationToken = continuation },
                cancellationToken);
            continuation = page.ContinuationToken;
            foreach (var entry in page.Items)
            {
                if (entry.Body.Sequence > head.Body.OperationCount)
                {
                    // Written after the head we read; the next write's etag check will catch up.
                    continuation = null;
                    break;
                }
                if (entry.Body.Sequence != count + 1)
                {
                    throw new InvalidOperationException($"The log of line {slot.Line} has a gap before entry {entry.Body.Sequence}.");
                }
                ledger.Apply(entry.Body.Operation.ToOperation());
                count++;
            }
        }
        while (continuation is not null && count < head.Body.OperationCount);
        if (count != head.Body.OperationCount)
        {
            throw new InvalidOperationException($"The head of line {slot.Line} counts {head.Body.OperationCount} operations but its log holds {count}.");
        }
        slot.Load(ledger, head.ETag, count, head.Body.AccountTotals);
        return true;
    }

    private static bool OnlyBudgetAdjustments(IReadOnlyList<LineOperation> operations, BudgetLineKey line) =>
        operations.Where(o => o.Line == line).All(o => o.Operation is BudgetAdjustment);

    private LineSlot SlotOf(TenantId tenant, BudgetLineKey line) => _slots.GetOrAdd((tenant, line), static key => new LineSlot(key.Line));

    private static async Task EnterAllAsync(LineSlot[] slots, CancellationToken cancellationToken)
    {
        var entered = 0;
        try
        {
            for (; entered < slots.Length; entered++)
            {
                await slots[entered].Gate.WaitAsync(cancellationToken);
            }
        }
        catch
        {
            for (var i = 0; i < entered; i++)
            {
                slots[i].Gate.Release();
            }
            throw;
        }
    }

    private static void InvalidateAll(LineSlot[] slots)
    {
        foreach (var slot in slots)
        {
            slot.Invalidate();
        }
    }

    /// <summary>Drops the least recently used idle tenth when more lines are resident than allowed.</summary>
    private void TrimIfFull()
    {
        if (_slots.Count <= options.MaxResidentLines)
        {
            return;
        }
        var excess = _slots.Count - (options.MaxResidentLines * 9 / 10);
        foreach (var pair in _slots.Where(p => p.Value.IsIdle).OrderBy(p => p.Value.LastUsed).Take(excess).ToList())
        {
            _slots.TryRemove(pair);
        }
    }
}
