using LoFin.Application.Functions;
using LoFin.Application.Payments;
using LoFin.Application.Tenancy;

namespace LoFin.Functions.Timers;

/// <summary>Every minute, asks the 금고 for the results of sent 지급명령 whose webhooks did not come, in every government.</summary>
public sealed class ReconcilePaymentsTimerFunction(PaymentReconciler reconciler, TenantDirectory tenants,
    ILogger<ReconcilePaymentsTimerFunction> logger) : ITimerFunction
{
    public string Name => "ReconcilePayments";

    public string Schedule => "0 * * * * *";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var tenant in tenants.All)
        {
            total += await reconciler.ReconcileAsync(tenant.TenantId, cancellationToken);
        }
        if (total > 0)
        {
            logger.LogWarning("Reconciliation recorded {Count} transfer results the bank's webhooks had not delivered.", total);
        }
    }
}
