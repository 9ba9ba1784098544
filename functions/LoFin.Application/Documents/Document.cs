using LoFin.Domain.Tenancy;

namespace LoFin.Application.Documents;

/// <summary>A stored document: the envelope every document carries, and its typed body.</summary>
public sealed record Document<T>(
    string Id,
    TenantId TenantId,
    string Type,
    string ETag,
    DateTimeOffset UpdatedAt,
    T Body);

/// <summary>A document as the change feed returns it: the latest version, body as raw JSON.</summary>
public sealed record RawDocument(
    string Id,
    TenantId TenantId,
    string Type,
    string ETag,
    DateTimeOffset UpdatedAt,
    long Sequence,
    string BodyJson);
