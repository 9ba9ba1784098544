using LoFin.Application.Documents;

namespace LoFin.Application.Audit;

/// <summary>The tenant's append-only audit chain. One instance per process (it serializes appends per tenant).</summary>
public interface IAuditLog
{
    /// <summary>Appends one record on its own; returns it as stored.</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits a state change and its audit record in one transactional batch: both happen
    /// or neither does. <paramref name="addOperations"/> fills a fresh batch of the entry's tenant
    /// (at most <see cref="AuditLog.MaxCallerOperations"/> operations, outbox messages included)
    /// and may be called again when another process extended the chain meanwhile, so it
    /// should read what it needs inside. A failure of the caller's own operations is thrown
    /// as the store threw it (<see cref="TransactionalBatchFailedException"/> with its index).
    /// </summary>
    Task<AuditCommit> CommitAsync(
        AuditEntry entry,
        Func<TransactionalBatch, CancellationToken, ValueTask> addOperations,
        CancellationToken cancellationToken = default);
}
