using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace LoFin.Workflows.Functions;

/// <summary>
/// Raises an external event that arrived by message on <see cref="WorkflowQueues.Events"/>
/// (a child's end for its parent; a callback a webhook queued). The event id makes a
/// redelivery a duplicate, so nothing happens twice.
/// </summary>
internal sealed class DeliverWorkflowEventFunction(WorkflowClient client, ILogger<DeliverWorkflowEventFunction> logger) : IQueueFunction
{
    public string Name => "DeliverWorkflowEvent";

    public string Queue => WorkflowQueues.Events;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        var delivery = message.Payload<WorkflowEventMessage>();
        var result = await client.RaiseEventAsync(message.TenantId, delivery.InstanceId, delivery.EventName, delivery.Payload,
            delivery.EventId, delivery.Cause with { MessageId = message.MessageId }, cancellationToken);
        if (result.InstanceNotFound)
        {
            // Retrying cannot create the instance; the event is dropped and said so.
            logger.LogWarning("Event {EventName} ({EventId}) names no instance {InstanceId}; dropped.", delivery.EventName, delivery.EventId, delivery.InstanceId);
        }
    }
}
