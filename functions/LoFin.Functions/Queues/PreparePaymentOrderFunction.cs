using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Payments;

namespace LoFin.Functions.Queues;

/// <summary>Creates an issued 지급명령's payments (resumable: a crash mid-way continues where it stopped).</summary>
public sealed class PreparePaymentOrderFunction(PaymentOrderService orders) : IQueueFunction
{
    public string Name => "PreparePaymentOrder";

    public string Queue => PaymentMessages.PrepareOrder;

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        orders.PrepareAsync(context.TenantId, message.Payload<PaymentOrderMessage>().OrderId, cancellationToken);
}
