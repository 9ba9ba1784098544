using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Idempotency;

/// <summary>
/// The response store behind <c>Idempotency-Key</c>: a retry of a money-moving request gets the
/// first response back, byte for byte, instead of a second effect or a canned answer. The key
/// is claimed by a create-only document before the request is handled, so two copies racing
/// cannot both run; a claim whose handler died (a crash mid-request) is taken over after
/// <see cref="AbandonedAfter"/>. The use cases behind these requests are themselves idempotent by
/// ids made from the key, so running a taken-over request again moves nothing twice: it only
/// recovers the answer.
/// </summary>
public sealed class IdempotentRequests(IDocumentStore store, TimeProvider clock)
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async Task<IdempotencyBegin> BeginAsync(TenantId tenant, string userId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var id = IdempotencyRecord.IdFor(userId, key);
        var claim = new IdempotencyRecord(userId, key, fingerprint, clock.GetUtcNow(), null);
        try
        {
            var created = await store.CreateAsync(tenant, id, claim, cancellationToken);
            return new(IdempotencyBeginOutcome.Started, created.ETag, null);
        }
        catch (DocumentConflictException)
        {
            // Someone holds the key: decide below from what they stored.
        }
        var existing = await store.ReadAsync<IdempotencyRecord>(tenant, id, cancellationToken);
        if (existing is null)
        {
            // The holder abandoned and deleted its claim between our create and read: claim again.
            return await BeginAsync(tenant, userId, key, fingerprint, cancellationToken);
        }
        if (!string.Equals(existing.Body.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new(IdempotencyBeginOutcome.KeyReused, null, null);
        }
        if (existing.Body.Response is { } response)
        {
            return new(IdempotencyBeginOutcome.Replay, null, response);
        }
        if (clock.GetUtcNow() - existing.Body.StartedAt < AbandonedAfter)
        {
            return new(IdempotencyBeginOutcome.InProgress, null, null);
        }
        try
        {
            var taken = await store.ReplaceAsync(tenant, id, claim, existing.ETag, cancellationToken);
            return new(IdempotencyBeginOutcome.Started, taken.ETag, null);
        }
        catch (DocumentPreconditionFailedException)
        {
            return new(IdempotencyBeginOutcome.InProgress, null, null);
        }
    }

    /// <summary>Stores the answer; a later retry gets exactly this.</summary>
    public async Task CompleteAsync(TenantId tenant, string userId, string key, string fingerprint, string etag, IdempotentResponse response,
        CancellationToken cancellationToken)
    {
        var record = new IdempotencyRecord(userId, key, fingerprint, clock.GetUtcNow(), response);
        await store.ReplaceAsync(tenant, IdempotencyRecord.IdFor(userId, key), record, etag, cancellationToken);
    }

    /// <summary>
    /// Gives the key back when the request failed in a way worth retrying (a 5xx), so the retry
    /// runs instead of replaying the failure.
    /// </summary>
    public async Task AbandonAsync(TenantId tenant, string userId, string key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(tenant, IdempotencyRecord.IdFor(userId, key), etag, cancellationToken);
        }
        catch (Exception ex) when (ex is DocumentPreconditionFailedException or DocumentNotFoundException)
        {
            // Taken over meanwhile: the new holder decides.
        }
    }
}
