namespace LoFin.Application.Documents;

/// <summary>A store refusal with the HTTP status Cosmos DB would give for it.</summary>
public abstract class DocumentStoreException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>409: a create found a document with the same id in the partition.</summary>
public sealed class DocumentConflictException(string id)
    : DocumentStoreException(409, $"Document '{id}' already exists.")
{
    public string DocumentId { get; } = id;
}

/// <summary>412: the document changed since the caller read it (stale etag).</summary>
public sealed class DocumentPreconditionFailedException(string id)
    : DocumentStoreException(412, $"Document '{id}' was changed by someone else (etag mismatch).")
{
    public string DocumentId { get; } = id;
}

/// <summary>404: a replace or delete named a document that does not exist.</summary>
public sealed class DocumentNotFoundException(string id)
    : DocumentStoreException(404, $"Document '{id}' does not exist.")
{
    public string DocumentId { get; } = id;
}

/// <summary>A transactional batch failed as a whole; <see cref="FailedOperationIndex"/> names the operation at fault.</summary>
public sealed class TransactionalBatchFailedException(int failedOperationIndex, DocumentStoreException cause)
    : DocumentStoreException(cause.StatusCode, $"Batch operation {failedOperationIndex} failed: {cause.Message}")
{
    public int FailedOperationIndex { get; } = failedOperationIndex;

    public DocumentStoreException Cause { get; } = cause;
}
