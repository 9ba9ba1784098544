using LoFin.Application.Budget;
using LoFin.Application.Budget.Execution;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Functions.Queues.Budget;

/// <summary>An approved 전용 moves 예산현액 from one line's ledger to the other's.</summary>
public sealed class ApplyBudgetTransferFunction(BudgetAdoptionApplier applier) : IQueueFunction
{
    public string Name => "ApplyBudgetTransfer";

    public string Queue => BudgetMessages.TransferApproved;

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        applier.ApplyTransferAsync(message.Payload<BudgetTransferApproved>(), cancellationToken);
}
