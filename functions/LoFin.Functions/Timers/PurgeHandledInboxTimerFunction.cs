using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Timers;

/// <summary>Every hour at :15 (Seoul), drops the "handled" marks of messages older than a week, in every government.</summary>
public sealed class PurgeHandledInboxTimerFunction(InboxPurge purge, TenantDirectory tenants, TimeProvider clock,
    ILogger<PurgeHandledInboxTimerFunction> logger) : ITimerFunction
{
    /// <summary>A bound per partition and run, so one busy government cannot make a run endless; the next run continues.</summary>
    private const int MaxDeletesPerTenant = 50_000;

    public string Name => "PurgeHandledInbox";

    public string Schedule => "0 15 * * * *";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - InboxPurge.Retention;
        var total = 0;
        foreach (var tenant in tenants.All.Select(t => t.TenantId).Append(TenantId.National).Distinct())
        {
            total += await purge.PurgeAsync(tenant, cutoff, MaxDeletesPerTenant, cancellationToken);
        }
        logger.LogInformation("Purged {Count} inbox marks handled before {Cutoff:o}.", total, cutoff);
    }
}
