using LoFin.Application.Budget;
using LoFin.Application.Budget.Execution;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Functions.Queues.Budget;

/// <summary>An adopted 본예산 or 추경 becomes the lines' 예산현액 in the execution ledgers.</summary>
public sealed class ApplyAdoptedBudgetFunction(BudgetAdoptionApplier applier) : IQueueFunction
{
    public string Name => "ApplyAdoptedBudget";

    public string Queue => BudgetMessages.VersionAdopted;

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        applier.ApplyVersionAsync(message.Payload<BudgetVersionAdopted>(), cancellationToken);
}
