using System.Text;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// Walks a tenant's audit chain from sequence 1 and reports the first record that does not
/// hold: an id that does not match its sequence, a gap, a record of another tenant, a
/// previous hash that is not the prior record's hash, a hash that does not recompute, or a
/// head that names a record the chain does not hold.
/// <para>
/// Records are read in id order, which is sequence order because ids are zero-padded; ordering
/// by id lets the store use its primary index instead of sorting on a body property.
/// </para>
/// <para>
/// What a chain alone cannot show: someone with write access to the database who deletes the
/// newest records and rewrites the head to match leaves a shorter chain that verifies. The
/// head hashes this verifier reports should therefore be kept somewhere that someone else
/// controls (a printed report, an immutable blob); a later head must extend an earlier one.
/// </para>
/// </summary>
public sealed class AuditVerifier(IDocumentStore store)
{
    private const int PageSize = DocumentLimits.MaxPageSize;

    public async Task<AuditChainVerification> VerifyAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("Verifying an audit chain needs a tenant.", nameof(tenant));
        }
        // The head is read before the records, so appends that commit during the walk only
        // lengthen the chain past the head: the head must match the record at its own sequence.
        for (var attempt = 1; ; attempt++)
        {
            var head = await ReadHeadAsync(tenant, cancellationToken);
            if (head.Problem is { } unreadable)
            {
                return Broken(tenant, 0, null, AuditChainHead.DocumentId, unreadable);
            }
            var walk = await WalkAsync(tenant, head.Body?.LastSequence ?? 0, cancellationToken);
            if (walk.Break is not null)
            {
                return walk.Break;
            }
            if (head.Body is null)
            {
                if (walk.Verified == 0)
                {
                    return new AuditChainVerification(tenant, 0, null, null);
                }
                if (attempt == 1 && (await ReadHeadAsync(tenant, cancellationToken)).Body is not null)
                {
                    // The chain's first append committed while it was being walked: look again.
                    continue;
                }
                return Broken(tenant, walk.Verified, null, AuditChainHead.DocumentId, $"head is missing but the chain ends at {walk.Verified}");
            }
            return CheckHead(tenant, head.Body, walk);
        }
    }

    private async Task<Walk> WalkAsync(TenantId tenant, long headSequence, CancellationToken cancellationToken)
    {
        var verified = 0L;
        var previousHash = AuditHash.Genesis(tenant);
        string? hashAtHead = null;
        string? continuation = null;
        do
        {
            DocumentPage<AuditRecord> page;
            try
            {
                page = await store.QueryAsync<AuditRecord>(tenant, new DocumentQuery { PageSize = PageSize, ContinuationToken = continuation }, cancellationToken);
            }
            catch (JsonException ex)
            {
                // Someone wrote an "audit" document that is not an audit record.
                var sequence = verified + 1;
                return new Walk(verified, previousHash, hashAtHead,
                    Broken(tenant, verified, sequence, null, $"a record at or after sequence {sequence} cannot be read: {ex.Message}"));
            }
            foreach (var document in page.Items)
            {
                var expected = verified + 1;
                if (Check(tenant, document, expected, previousHash) is { } problem)
                {
                    return new Walk(verified, previousHash, hashAtHead, Broken(tenant, verified, document.Body.Sequence, document.Id, problem));
                }
                previousHash = document.Body.Hash;
                verified = expected;
                if (verified == headSequence)
                {
                    hashAtHead = previousHash;
                }
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return new Walk(verified, previousHash, hashAtHead, null);
    }

    private static AuditChainVerification CheckHead(TenantId tenant, AuditChainHead head, Walk walk)
    {
        if (head.Tenant != tenant)
        {
            return Broken(tenant, walk.Verified, head.LastSequence, AuditChainHead.DocumentId, $"head belongs to tenant {head.Tenant}");
        }
        if (walk.Verified < head.LastSequence)
        {
            return Broken(tenant, walk.Verified, head.LastSequence, AuditChainHead.DocumentId, $"head says {head.LastSequence} but chain ends at {walk.Verified}");
        }
        if (head.LastHash != walk.HashAtHead)
        {
            return Broken(tenant, walk.Verified, head.LastSequence, AuditChainHead.DocumentId,
                $"head hash {head.LastHash} does not match record {head.LastSequence}'s hash {walk.HashAtHead}");
        }
        return new AuditChainVerification(tenant, walk.Verified, walk.LastHash, null);
    }

    private async Task<(AuditChainHead? Body, string? Problem)> ReadHeadAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        try
        {
            return ((await store.ReadAsync<AuditChainHead>(tenant, AuditChainHead.DocumentId, cancellationToken))?.Body, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON of a head, or another type of document under the head's id.
            return (null, $"head cannot be read: {ex.Message}");
        }
    }

    private static string? Check(TenantId tenant, Document<AuditRecord> document, long expected, string previousHash)
    {
        var record = document.Body;
        if (record.Sequence < 1 || record.Sequence > AuditRecord.MaxSequence || document.Id != AuditRecord.DocumentIdFor(record.Sequence))
        {
            return $"document {document.Id} holds sequence {record.Sequence}";
        }
        if (record.Sequence != expected)
        {
            return $"gap: expected {expected}, found {record.Sequence}";
        }
        if (record.Tenant != tenant)
        {
            return $"record belongs to tenant {record.Tenant}";
        }
        if (record.Format != AuditRecord.CurrentFormat)
        {
            return $"unknown format {record.Format}";
        }
        if (record.PreviousHash != previousHash)
        {
            return expected == 1
                ? "previousHash is not the tenant's genesis hash"
                : $"previousHash does not match record {expected - 1}";
        }
        string computed;
        try
        {
            computed = AuditHash.Compute(record);
        }
        catch (EncoderFallbackException)
        {
            return "record holds text that is not well-formed Unicode";
        }
        return record.Hash == computed ? null : $"hash mismatch: stored {record.Hash}, computed {computed}";
    }

    /// <summary>How far the records held, and the hash of the record the head named.</summary>
    private sealed record Walk(long Verified, string LastHash, string? HashAtHead, AuditChainVerification? Break);

    private static AuditChainVerification Broken(TenantId tenant, long verified, long? sequence, string? documentId, string problem) =>
        new(tenant, verified, null, new AuditChainBreak(sequence, documentId, problem));
}
