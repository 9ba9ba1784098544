using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Payments;

namespace LoFin.Functions.Queues;

/// <summary>Sends an approved 지급명령 to the 금고; a bank that cannot take it now means a retry with back-off.</summary>
public sealed class SendPaymentOrderFunction(PaymentOrderSender sender) : IQueueFunction
{
    public string Name => "SendPaymentOrder";

    public string Queue => PaymentMessages.SendOrder;

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        sender.SendAsync(context.TenantId, message.Payload<PaymentOrderMessage>().OrderId, cancellationToken);
}
