using LoFin.Application.Budget.Formulation;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Functions.Http.Budget;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Queues.Budget;

/// <summary>
/// Hears a 전용's approval line end (the workflow's completion notice) and records the decision;
/// an approval enqueues <c>budget.transfer-approved</c> in the same batch. A redelivered notice
/// finds the request decided and changes nothing.
/// </summary>
public sealed class CompleteBudgetTransferFunction(BudgetTransferService transfers, ILogger<CompleteBudgetTransferFunction> logger) : IQueueFunction
{
    public const string QueueName = "budget-transfer-approvals";

    public string Name => "CompleteBudgetTransfer";

    public string Queue => QueueName;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        var notice = message.Payload<WorkflowCompletedNotice>();
        var prefix = RequestBudgetTransferFunction.InstanceId("");
        if (!notice.InstanceId.StartsWith(prefix, StringComparison.Ordinal))
        {
            logger.LogWarning("Completion notice for {InstanceId} is not a budget transfer's; dropped.", notice.InstanceId);
            return;
        }
        var transferId = notice.InstanceId[prefix.Length..];
        var decision = notice.Status == WorkflowStatus.Completed
            ? notice.OutputAs<ApprovalLineOutput>()?.Outcome switch
            {
                ApprovalOutcome.Approved => TransferDecision.Approved,
                ApprovalOutcome.Rejected => TransferDecision.Rejected,
                _ => TransferDecision.Withdrawn,
            }
            : TransferDecision.Withdrawn;
        var result = await transfers.CompleteAsync(message.TenantId, transferId, decision, context, cancellationToken);
        if (result is null)
        {
            logger.LogWarning("Budget transfer {TransferId} does not exist; its approval notice is dropped.", transferId);
        }
    }
}
