using LoFin.Application.Execution.Commitments;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Queues.Execution;

/// <summary>
/// Hears a 원인행위's approval line end: approval posts the pending commitment, anything else voids
/// it. A redelivered notice finds the commitment decided and changes nothing.
/// </summary>
public sealed class CompleteCommitmentFunction(CommitmentService commitments, ILogger<CompleteCommitmentFunction> logger) : IQueueFunction
{
    public const string QueueName = "commitment-approvals";
    public const string DocumentKind = "commitment";

    public string Name => "CompleteCommitment";

    public string Queue => QueueName;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        if (ApprovalNotice.Read(message.Payload<WorkflowCompletedNotice>(), DocumentKind) is not { } notice)
        {
            logger.LogWarning("Completion notice on {Queue} is not a commitment's; dropped.", QueueName);
            return;
        }
        if (await commitments.CompleteAsync(message.TenantId, notice.DocumentId, notice.Verdict, notice.DecidedBy, cancellationToken) is null)
        {
            logger.LogWarning("Commitment {CommitmentId} does not exist; its approval notice is dropped.", notice.DocumentId);
        }
    }
}
