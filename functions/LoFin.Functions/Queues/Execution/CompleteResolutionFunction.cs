using LoFin.Application.Execution.Resolutions;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Queues.Execution;

/// <summary>
/// Hears a 지출결의's approval line end: approval records it in the ledger and opens its payable.
/// Redelivery is harmless: the ledger answers a repeated resolution id with its first result.
/// </summary>
public sealed class CompleteResolutionFunction(ResolutionService resolutions, ILogger<CompleteResolutionFunction> logger) : IQueueFunction
{
    public const string QueueName = "resolution-approvals";
    public const string DocumentKind = "resolution";

    public string Name => "CompleteResolution";

    public string Queue => QueueName;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        if (ApprovalNotice.Read(message.Payload<WorkflowCompletedNotice>(), DocumentKind) is not { } notice)
        {
            logger.LogWarning("Completion notice on {Queue} is not a resolution's; dropped.", QueueName);
            return;
        }
        if (await resolutions.CompleteAsync(message.TenantId, notice.DocumentId, notice.Verdict, notice.DecidedBy, cancellationToken) is null)
        {
            logger.LogWarning("Resolution {ResolutionId} does not exist; its approval notice is dropped.", notice.DocumentId);
        }
    }
}
