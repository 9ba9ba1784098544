using System.Globalization;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// One link of a tenant's audit chain, stored as document <c>audit:{sequence:D12}</c> in the
/// tenant's partition. <see cref="Hash"/> covers every other field (see <see cref="AuditHash"/>),
/// including <see cref="PreviousHash"/>, so changing, removing or reordering any record breaks
/// the chain from that record on.
/// </summary>
public sealed record AuditRecord : IDocumentBody
{
    public static string DocumentType => "audit";

    /// <summary>The canonical form this record was hashed with; a new form gets a new number.</summary>
    public const int CurrentFormat = 1;

    public required int Format { get; init; }

    /// <summary>1-based and gap-free within the tenant.</summary>
    public required long Sequence { get; init; }

    public required TenantId Tenant { get; init; }

    public required string Actor { get; init; }

    /// <summary>Distinct and in ordinal order, so the same roles always hash alike.</summary>
    public required IReadOnlyList<string> ActorRoles { get; init; }

    public required string Action { get; init; }

    public required string Target { get; init; }

    public required string Outcome { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The client's network, e.g. <c>203.0.113.0/24</c>; never a full address.</summary>
    public string? ClientNetwork { get; init; }

    /// <summary>UTC, from the injected clock.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Lower-case hex SHA-256; the tenant's genesis value for sequence 1.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Lower-case hex SHA-256 of the canonical form of every other field.</summary>
    public required string Hash { get; init; }

    /// <summary>Zero-padded, so ordering by id is ordering by sequence.</summary>
    public static string DocumentIdFor(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return "audit:" + sequence.ToString("D12", CultureInfo.InvariantCulture);
    }

    public const long MaxSequence = 999_999_999_999;
}
