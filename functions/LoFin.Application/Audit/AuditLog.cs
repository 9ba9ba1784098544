using System.Collections.Concurrent;
using LoFin.Application.Documents;
using LoFin.Application.Observability;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// Appends to each tenant's audit chain: the new record and the replaced chain head commit
/// in one transactional batch, conditional on the head's etag, so the chain never forks.
/// <para>
/// Inside one process, appends to a tenant take turns (a per-tenant gate), and the process
/// remembers the head it wrote last, so an append is one batch and no read. Across
/// processes the etag decides: the loser of a race reloads the head and tries again after a
/// short jittered pause, up to <see cref="MaxAttempts"/> times, then fails loudly with
/// <see cref="AuditAppendFailedException"/>. Register as a singleton.
/// </para>
/// </summary>
public sealed class AuditLog(IDocumentStore store, TimeProvider clock) : IAuditLog
{
    public const int MaxAttempts = 20;

    /// <summary>The record and the head take the last two places of a batch.</summary>
    public const int MaxCallerOperations = DocumentLimits.MaxBatchOperations - 2;

    private const int MaxBackoffMs = 50;

    private readonly ConcurrentDictionary<TenantId, TenantChain> _chains = new();

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        (await CommitAsync(entry, static (_, _) => ValueTask.CompletedTask, cancellationToken)).Record;

    public async Task<AuditCommit> CommitAsync(
        AuditEntry entry,
        Func<TransactionalBatch, CancellationToken, ValueTask> addOperations,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(addOperations);
        entry.Validate();
        var tenant = entry.Tenant;
        var chain = _chains.GetOrAdd(tenant, static _ => new TenantChain());
        await chain.Gate.WaitAsync(cancellationToken);
        try
        {
            Exception? lastFailure = null;
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var position = chain.Position ?? await LoadPositionAsync(tenant, cancellationToken);
                var batch = new TransactionalBatch(tenant);
                await addOperations(batch, cancellationToken);
                var callerOperations = batch.Operations.Count;
                if (callerOperations > MaxCallerOperations)
                {
                    throw new InvalidOperationException($"A batch that carries an audit record holds at most {MaxCallerOperations} other operations.");
                }

                var record = NewRecord(entry, position);
                var head = new AuditChainHead(tenant, record.Sequence, record.Hash);
                batch.Create(AuditRecord.DocumentIdFor(record.Sequence), record);
                if (position.HeadETag is null)
                {
                    batch.Create(AuditChainHead.DocumentId, head);
                }
                else
                {
                    batch.Replace(AuditChainHead.DocumentId, head, position.HeadETag);
                }

                // Forget the head until the outcome is known: after a failure or a cancellation
                // the next append must read what was really committed.
                chain.Position = null;
                try
                {
                    var result = await store.ExecuteBatchAsync(batch, cancellationToken);
                    chain.Position = new ChainPosition(record.Sequence, record.Hash, result.ETags[^1]);
                    LoFinMetrics.AuditRecords.Add(1, new KeyValuePair<string, object?>("tenant", tenant.Value));
                    return new AuditCommit(record, result);
                }
                catch (TransactionalBatchFailedException ex) when (ex.FailedOperationIndex >= callerOperations && ex.StatusCode is 404 or 409 or 412)
                {
                    // Another process extended the chain since the head was read.
                    lastFailure = ex;
                }
                if (attempt < MaxAttempts)
                {
                    await Task.Delay(Backoff(attempt), clock, cancellationToken);
                }
            }
            throw new AuditAppendFailedException(tenant, MaxAttempts, lastFailure!);
        }
        finally
        {
            chain.Gate.Release();
        }
    }

    private AuditRecord NewRecord(AuditEntry entry, ChainPosition position)
    {
        if (position.Sequence >= AuditRecord.MaxSequence)
        {
            throw new InvalidOperationException($"The audit chain of tenant {entry.Tenant} is full ({AuditRecord.MaxSequence} records).");
        }
        var unhashed = new AuditRecord
        {
            Format = AuditRecord.CurrentFormat,
            Sequence = position.Sequence + 1,
            Tenant = entry.Tenant,
            Actor = entry.Actor,
            ActorRoles = entry.ActorRoles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Action = entry.Action,
            Target = entry.Target,
            Outcome = entry.Outcome,
            CorrelationId = entry.CorrelationId,
            ClientNetwork = ClientNetworkMask.Mask(entry.ClientAddress),
            OccurredAt = clock.GetUtcNow().ToUniversalTime(),
            PreviousHash = position.Hash,
            Hash = "",
        };
        return unhashed with { Hash = AuditHash.Compute(unhashed) };
    }

    private async Task<ChainPosition> LoadPositionAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var head = await store.ReadAsync<AuditChainHead>(tenant, AuditChainHead.DocumentId, cancellationToken);
        return head is null
            ? new ChainPosition(0, AuditHash.Genesis(tenant), HeadETag: null)
            : new ChainPosition(head.Body.LastSequence, head.Body.LastHash, head.ETag);
    }

    /// <summary>Grows with the attempt and is jittered, so racing processes stop meeting.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var ceilingMs = Math.Min(MaxBackoffMs, 1 << Math.Min(attempt, 6));
        return TimeSpan.FromMilliseconds(1 + Random.Shared.Next(ceilingMs));
    }

    /// <summary>Where a tenant's chain ends, as this process last wrote or read it.</summary>
    private sealed record ChainPosition(long Sequence, string Hash, string? HeadETag);

    private sealed class TenantChain
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ChainPosition? Position { get; set; }
    }
}
