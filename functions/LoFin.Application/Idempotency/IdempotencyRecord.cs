using LoFin.Application.Documents;

namespace LoFin.Application.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one user in one government: the request it first came with
/// (a fingerprint of method, path and body) and, once answered, the response. While
/// <see cref="Response"/> is null the first request is still being handled.
/// </summary>
public sealed record IdempotencyRecord(
    string UserId,
    string Key,
    string Fingerprint,
    DateTimeOffset StartedAt,
    IdempotentResponse? Response) : IDocumentBody
{
    public static string DocumentType => "idempotency";

    public const int MaxKeyLength = 128;

    public static string IdFor(string userId, string key) => $"idem:{userId}:{key}";
}
