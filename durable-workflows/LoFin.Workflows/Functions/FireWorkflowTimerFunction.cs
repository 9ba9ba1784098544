using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Functions;

/// <summary>
/// A durable timer came due: the scheduled message became visible on <see cref="WorkflowQueues.Timers"/>.
/// Delivers <see cref="TimerFired"/> to the instance; a cancelled timer or an ended instance changes nothing.
/// </summary>
internal sealed class FireWorkflowTimerFunction(WorkflowEngine engine) : IQueueFunction
{
    public string Name => "FireWorkflowTimer";

    public string Queue => WorkflowQueues.Timers;

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        engine.DeliverTimerAsync(message.TenantId, message.Payload<WorkflowTimerMessage>(), context, cancellationToken);
}
