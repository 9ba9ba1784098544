using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Payments;
using LoFin.Application.Payments.Bank;

namespace LoFin.Functions.Queues;

/// <summary>Records the transfer results a bank webhook delivered: posts the paid, reopens the failed.</summary>
public sealed class RecordTransferResultsFunction(TransferResultRecorder recorder) : IQueueFunction
{
    public string Name => "RecordTransferResults";

    public string Queue => BankMessages.TransferResults;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken) =>
        await recorder.RecordAsync(context.TenantId, message.Payload<TransferResultsMessage>().Results, cancellationToken);
}
