using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Payments;
using LoFin.Application.Payments.Bank;

namespace LoFin.Functions.Queues;

/// <summary>
/// Records the transfer results a bank webhook delivered: posts the paid, reopens the failed, and
/// settles each order whose last result this was.
/// </summary>
public sealed class RecordTransferResultsFunction(TransferResultRecorder recorder, PaymentReconciler reconciler) : IQueueFunction
{
    public string Name => "RecordTransferResults";

    public string Queue => BankMessages.TransferResults;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        var results = message.Payload<TransferResultsMessage>().Results;
        await recorder.RecordAsync(context.TenantId, results, cancellationToken);
        foreach (var orderId in results.Select(r => PaymentOrderService.OrderIdOf(r.TransferId)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await reconciler.SettleIfFinalAsync(context.TenantId, orderId, cancellationToken);
        }
    }
}
