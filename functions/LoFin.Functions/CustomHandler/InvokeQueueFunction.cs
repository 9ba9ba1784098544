using LoFin.Application.Observability;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// A Service Bus delivery from the Functions host: runs the queue function through the same
/// <see cref="QueueFunctionInvoker"/> as the local pump, so a redelivered message id is skipped
/// in Azure as it is locally. A failure answers 500: the host abandons the message, Service Bus
/// delivers it again, and after the queue's MaxDeliveryCount it goes to the dead-letter queue.
/// </summary>
public sealed class InvokeQueueFunction(QueueFunctionInvoker invoker, TimeProvider clock, MessagePumpOptions options, ILogger<InvokeQueueFunction> logger)
{
    public async Task<IResult> InvokeAsync(IQueueFunction function, InvocationRequest request, CancellationToken cancellationToken)
    {
        var message = ServiceBusTriggerMessage.ToQueueMessage(request, function, clock);
        try
        {
            var outcome = await invoker.InvokeAsync(function, message, cancellationToken);
            return InvocationResponse.Succeeded(outcome == InvocationOutcome.Duplicate
                ? $"Message {message.MessageId} was already handled by {function.Name}; skipped."
                : $"Message {message.MessageId} handled by {function.Name} (delivery {message.DeliveryCount}).");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            using var scope = logger.BeginScope(new LogScope
            {
                ["TenantId"] = message.TenantId.Value,
                ["CorrelationId"] = message.CorrelationId ?? message.MessageId,
                ["MessageId"] = message.MessageId,
            });
            var last = message.DeliveryCount >= options.MaxDeliveries;
            logger.Log(last ? LogLevel.Error : LogLevel.Warning, ex,
                "Message {MessageId} on {Queue} failed in {Function} (delivery {Delivery} of {MaxDeliveries}){Outcome}.",
                message.MessageId, message.Queue, function.Name, message.DeliveryCount, options.MaxDeliveries,
                last ? "; Service Bus dead-letters it" : "; Service Bus delivers it again");
            return InvocationResponse.Failed(
                $"{function.Name} failed on message {message.MessageId} (delivery {message.DeliveryCount}): {ex.GetType().Name}. See the app log.");
        }
    }
}
