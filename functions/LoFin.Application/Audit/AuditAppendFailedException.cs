using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// The chain could not be extended after every retry: either other processes keep winning
/// the race for the head, or the chain is damaged (e.g. the head was deleted while records
/// remain) and needs an operator: run <c>verify-audit</c>.
/// </summary>
public sealed class AuditAppendFailedException(TenantId tenant, int attempts, Exception lastFailure)
    : Exception($"Could not append to the audit chain of tenant {tenant} after {attempts} attempts; the chain head kept changing or the chain is damaged (run verify-audit). Last failure: {lastFailure.Message}", lastFailure)
{
    public TenantId Tenant { get; } = tenant;

    public int Attempts { get; } = attempts;
}
