using LoFin.Application.Documents;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// Sends an approved 지급명령 to the 금고 as one transfer batch. Safe to run again after a
/// crash or a lost answer: the batch and transfer ids were saved before sending, and the bank
/// answers the same batch with its original answer. Transfers the bank rejects moved no money
/// and are recorded as failed at once, so their resolutions can be ordered again.
/// </summary>
public sealed class PaymentOrderSender(IDocumentStore store, ITreasuryBank bank, TransferResultRecorder recorder, TimeProvider clock)
{
    public async Task SendAsync(TenantId tenant, string orderId, CancellationToken cancellationToken)
    {
        var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken)
            ?? throw new InvalidOperationException($"지급명령 {orderId}이(가) 없습니다.");
        if (order.Body.Status != PaymentOrderStatus.Approved)
        {
            return;
        }
        var payments = await PaymentQueries.OfOrderAsync(store, tenant, orderId, cancellationToken);
        if (payments.Count == 0)
        {
            await store.ReplaceAsync(tenant, orderId, order.Body with { Status = PaymentOrderStatus.Settled, SettledAt = clock.GetUtcNow() }, order.ETag, cancellationToken);
            return;
        }
        var request = new TransferBatchRequest(orderId, payments.Select(p => new TransferInstruction(
            p.PaymentId, order.Body.FromAccountNumber, p.Payee.BankCode, p.Payee.AccountNumber, p.Payee.HolderName, p.AmountWon, null)).ToList());
        var outcome = await bank.SubmitTransferBatchAsync(request, cancellationToken);
        switch (outcome)
        {
            case TransferBatchOutcome.Received received:
                var rejected = received.Receipt.Transfers.Where(t => t.Status == TransferAcceptanceStatus.Rejected).ToList();
                if (rejected.Count > 0)
                {
                    var byId = payments.ToDictionary(p => p.PaymentId);
                    await recorder.RecordAsync(tenant, rejected.Select(t => new TransferResult(t.TransferId, TransferResultStatus.Failed,
                        byId[t.TransferId].AmountWon, t.ReasonCode ?? "REJECTED", t.ReasonMessage ?? "금고가 이체를 접수하지 않았습니다.", null, received.Receipt.ReceivedAt)).ToList(), cancellationToken);
                }
                await store.ReplaceAsync(tenant, orderId, order.Body with
                {
                    Status = PaymentOrderStatus.Sent,
                    SentAt = received.Receipt.ReceivedAt,
                    AcceptedCount = received.Receipt.AcceptedCount + received.Receipt.AlreadyAcceptedCount,
                    RejectedCount = received.Receipt.RejectedCount,
                }, order.ETag, cancellationToken);
                break;
            case TransferBatchOutcome.Unavailable unavailable:
                throw new BankUnavailableException($"금고에 연결할 수 없습니다: {unavailable.Failure.Detail}");
            case TransferBatchOutcome.CapacityExhausted full:
                throw new BankUnavailableException($"금고가 이체를 받을 수 없습니다: {full.Refusal}");
            case TransferBatchOutcome.BatchIdReused reused:
                throw new InvalidOperationException($"금고가 지급명령 {orderId}을(를) 다른 내용의 배치로 알고 있습니다: {reused.Refusal}");
            case TransferBatchOutcome.Invalid invalid:
                throw new InvalidOperationException($"금고가 지급명령 {orderId}의 형식을 거부했습니다: {invalid.Errors}");
            default:
                throw new InvalidOperationException($"Unknown bank outcome {outcome.GetType().Name}.");
        }
    }
}
