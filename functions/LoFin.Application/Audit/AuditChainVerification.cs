using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>The verdict on one tenant's audit chain.</summary>
/// <param name="RecordsVerified">Records found intact, from sequence 1, before any break.</param>
/// <param name="HeadHash">The hash of the chain's last record when the chain is intact and not empty; worth keeping outside the database (see <see cref="AuditVerifier"/>).</param>
public sealed record AuditChainVerification(TenantId Tenant, long RecordsVerified, string? HeadHash, AuditChainBreak? Break)
{
    public bool IsIntact => Break is null;
}
