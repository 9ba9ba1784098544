using LoFin.Application.Budget.Execution;
using LoFin.Application.Payments;
using LoFin.Functions.Queues;
using LoFin.Functions.Queues.Budget;
using LoFin.Functions.Timers;

namespace LoFin.Functions.Hosting;

/// <summary>The budget execution ledger and the payment pipeline (지급명령 → 금고 → results → posted).</summary>
public static class PaymentServiceRegistration
{
    public static IServiceCollection AddLoFinPayments(this IServiceCollection services)
    {
        services.AddSingleton(new BudgetLineLedgerStoreOptions());
        services.AddSingleton<BudgetLineLedgerStore>();
        services.AddSingleton<BudgetAdoptionApplier>();
        services.AddQueueFunction<ApplyAdoptedBudgetFunction>();
        services.AddQueueFunction<ApplyBudgetTransferFunction>();
        services.AddSingleton<ExpenditureService>();
        services.AddSingleton<PaymentOrderService>();
        services.AddSingleton<TransferResultRecorder>();
        services.AddSingleton<PaymentOrderSender>();
        // Payments:ResultGraceSeconds: how long webhooks may take before the bank is asked (default 2 minutes).
        services.AddSingleton(sp => new PaymentReconcilerOptions
        {
            ResultGrace = TimeSpan.FromSeconds(sp.GetRequiredService<IConfiguration>().GetValue("Payments:ResultGraceSeconds", 120)),
        });
        services.AddSingleton<PaymentReconciler>();
        services.AddQueueFunction<PreparePaymentOrderFunction>();
        services.AddQueueFunction<SendPaymentOrderFunction>();
        services.AddQueueFunction<RecordTransferResultsFunction>();
        services.AddTimerFunction<ReconcilePaymentsTimerFunction>();
        return services;
    }
}
