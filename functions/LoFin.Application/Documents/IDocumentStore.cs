using LoFin.Domain.Tenancy;

namespace LoFin.Application.Documents;

/// <summary>
/// The document store, in the Cosmos DB programming model: the tenant is the partition
/// key; writes are conditional on the etag; several documents (and outbox messages)
/// change together only in one transactional batch inside one partition.
/// Every adapter passes the same contract test suite.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Point read; null when absent.</summary>
    Task<Document<T>?> ReadAsync<T>(TenantId tenant, string id, CancellationToken cancellationToken = default)
        where T : IDocumentBody;

    /// <summary>Create-only: <see cref="DocumentConflictException"/> (409) when the id exists.</summary>
    Task<Document<T>> CreateAsync<T>(TenantId tenant, string id, T body, CancellationToken cancellationToken = default)
        where T : IDocumentBody;

    /// <summary>
    /// Replace conditional on <paramref name="ifMatchETag"/>: <see cref="DocumentPreconditionFailedException"/> (412)
    /// when stale, <see cref="DocumentNotFoundException"/> (404) when absent.
    /// </summary>
    Task<Document<T>> ReplaceAsync<T>(TenantId tenant, string id, T body, string ifMatchETag, CancellationToken cancellationToken = default)
        where T : IDocumentBody;

    /// <summary>Create or replace without a precondition. Use only where last-writer-wins is the rule.</summary>
    Task<Document<T>> UpsertAsync<T>(TenantId tenant, string id, T body, CancellationToken cancellationToken = default)
        where T : IDocumentBody;

    /// <summary>Delete, conditional on the etag when one is given.</summary>
    Task DeleteAsync(TenantId tenant, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>All operations commit together or none does; outbox messages commit with them.</summary>
    Task<TransactionalBatchResult> ExecuteBatchAsync(TransactionalBatch batch, CancellationToken cancellationToken = default);

    /// <summary>A page of documents of type <typeparamref name="T"/> inside one partition.</summary>
    Task<DocumentPage<T>> QueryAsync<T>(TenantId tenant, DocumentQuery query, CancellationToken cancellationToken = default)
        where T : IDocumentBody;

    /// <summary>
    /// Latest version of each document changed after <paramref name="continuation"/>, in commit order,
    /// for one partition or (with null) for all. Deletes do not appear, as in Cosmos DB's latest-version mode.
    /// </summary>
    Task<ChangeFeedPage> ReadChangeFeedAsync(TenantId? tenant, string? continuation, int maxItems, CancellationToken cancellationToken = default);
}
