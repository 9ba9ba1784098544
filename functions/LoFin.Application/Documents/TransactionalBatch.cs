using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Documents;

/// <summary>
/// Operations on one partition that commit together. Outbox messages ride in the same
/// batch, so a state change and the messages it causes are never separated.
/// </summary>
public sealed class TransactionalBatch
{
    private readonly List<BatchOperation> _operations = [];

    public TransactionalBatch(TenantId tenant)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("A batch needs a tenant (partition key).", nameof(tenant));
        }
        TenantId = tenant;
    }

    public TenantId TenantId { get; }

    public IReadOnlyList<BatchOperation> Operations => _operations;

    public TransactionalBatch Create<T>(string id, T body) where T : IDocumentBody =>
        Add(new BatchOperation.Create(id, T.DocumentType, DocumentJson.Serialize(body)));

    public TransactionalBatch Replace<T>(string id, T body, string ifMatchETag) where T : IDocumentBody =>
        Add(new BatchOperation.Replace(id, T.DocumentType, DocumentJson.Serialize(body), ifMatchETag ?? throw new ArgumentNullException(nameof(ifMatchETag))));

    public TransactionalBatch Upsert<T>(string id, T body) where T : IDocumentBody =>
        Add(new BatchOperation.Upsert(id, T.DocumentType, DocumentJson.Serialize(body)));

    public TransactionalBatch Delete(string id, string? ifMatchETag = null) =>
        Add(new BatchOperation.Delete(id, ifMatchETag));

    /// <summary>The message is sent if and only if the batch commits.</summary>
    public TransactionalBatch Enqueue(OutboxMessage message)
    {
        if (message.TenantId != TenantId)
        {
            throw new ArgumentException("An outbox message must belong to the batch's tenant.", nameof(message));
        }
        return Add(new BatchOperation.Enqueue(message));
    }

    private TransactionalBatch Add(BatchOperation operation)
    {
        if (operation is BatchOperation.DocumentOperation documentOperation)
        {
            DocumentLimits.ValidateId(documentOperation.Id);
        }
        if (_operations.Count >= DocumentLimits.MaxBatchOperations)
        {
            throw new InvalidOperationException($"A batch holds at most {DocumentLimits.MaxBatchOperations} operations.");
        }
        _operations.Add(operation);
        return this;
    }
}

public abstract record BatchOperation
{
    private BatchOperation()
    {
    }

    public abstract record DocumentOperation(string Id) : BatchOperation;

    public sealed record Create(string Id, string Type, string BodyJson) : DocumentOperation(Id);

    public sealed record Replace(string Id, string Type, string BodyJson, string IfMatchETag) : DocumentOperation(Id);

    public sealed record Upsert(string Id, string Type, string BodyJson) : DocumentOperation(Id);

    public sealed record Delete(string Id, string? IfMatchETag) : DocumentOperation(Id);

    public sealed record Enqueue(OutboxMessage Message) : BatchOperation;
}

/// <summary>The new etag of each operation, in order (null for deletes and messages).</summary>
public sealed record TransactionalBatchResult(IReadOnlyList<string?> ETags);
