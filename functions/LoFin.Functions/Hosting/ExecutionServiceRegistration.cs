using LoFin.Application.Execution.Allotments;
using LoFin.Application.Execution.Commitments;
using LoFin.Application.Execution.Resolutions;
using LoFin.Application.Idempotency;
using LoFin.Functions.Queues.Execution;

namespace LoFin.Functions.Hosting;

/// <summary>Budget execution (배정 → 원인행위 → 지출결의 → 지급명령) and the Idempotency-Key response store.</summary>
public static class ExecutionServiceRegistration
{
    public static IServiceCollection AddLoFinExecution(this IServiceCollection services)
    {
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<AllotmentService>();
        services.AddSingleton<CommitmentService>();
        services.AddSingleton<ResolutionService>();
        services.AddQueueFunction<CompleteCommitmentFunction>();
        services.AddQueueFunction<CompleteResolutionFunction>();
        services.AddQueueFunction<CompletePaymentOrderFunction>();
        return services;
    }
}
