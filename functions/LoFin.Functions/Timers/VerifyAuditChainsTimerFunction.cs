using LoFin.Application.Audit;
using LoFin.Application.Functions;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Timers;

/// <summary>
/// Every night at 03:00 (Seoul), walks every government's audit chain, so tampering is noticed
/// the next morning rather than when someone thinks to run <c>verify-audit</c>. A broken chain
/// is logged as an error naming the first broken record (alerting is wired to error logs).
/// </summary>
public sealed class VerifyAuditChainsTimerFunction(AuditVerifier verifier, TenantDirectory tenants, ILogger<VerifyAuditChainsTimerFunction> logger) : ITimerFunction
{
    public string Name => "VerifyAuditChains";

    public string Schedule => "0 0 3 * * *";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var broken = 0;
        long records = 0;
        foreach (var tenant in tenants.All.Select(t => t.TenantId).Append(TenantId.National).Distinct())
        {
            var result = await verifier.VerifyAsync(tenant, cancellationToken);
            records += result.RecordsVerified;
            if (!result.IsIntact)
            {
                broken++;
                logger.LogError("Audit chain of {TenantId} is broken at {DocumentId} (sequence {Sequence}): {Problem}",
                    tenant.Value, result.Break!.DocumentId, result.Break.Sequence, result.Break.Problem);
            }
        }
        logger.LogInformation("Verified {Records} audit records in {Tenants} chains; {Broken} broken.", records, tenants.All.Count, broken);
    }
}
