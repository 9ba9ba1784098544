using LoFin.Application.Documents;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// Finds results the bank's webhooks never delivered: for each sent 지급명령 whose payments
/// still wait after <see cref="PaymentReconcilerOptions.ResultGrace"/>, it asks the bank for the
/// batch (one call) and records what is final. An order whose payments are all final is
/// settled with its counts.
/// </summary>
public sealed class PaymentReconciler(IDocumentStore store, ITreasuryBank bank, TransferResultRecorder recorder, TimeProvider clock, PaymentReconcilerOptions options)
{
    /// <summary>Returns how many payments it recorded from the bank's answers.</summary>
    public async Task<int> ReconcileAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var recorded = 0;
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync<PaymentOrderDocument>(tenant,
                new DocumentQuery { PageSize = 100, ContinuationToken = continuation }.WhereEqual("status", nameof(PaymentOrderStatus.Sent)), cancellationToken);
            foreach (var order in page.Items)
            {
                recorded += await ReconcileOrderAsync(tenant, order, cancellationToken);
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return recorded;
    }

    /// <summary>
    /// Settles a sent order once none of its payments waits for the bank any more, so an order paid
    /// by webhooks shows 지급 완료 at once rather than at the next reconciliation. Cheap when some
    /// payment still waits: one query that stops at the first.
    /// </summary>
    public async Task SettleIfFinalAsync(TenantId tenant, string orderId, CancellationToken cancellationToken)
    {
        var waiting = await store.QueryAsync<PaymentDocument>(tenant,
            new DocumentQuery { IdPrefix = orderId + "-", PageSize = 1 }.WhereEqual("status", nameof(PaymentStatus.Ordered)), cancellationToken);
        if (waiting.Items.Count > 0)
        {
            return;
        }
        var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken);
        if (order?.Body.Status == PaymentOrderStatus.Sent)
        {
            await SettleAsync(tenant, order, await PaymentQueries.OfOrderAsync(store, tenant, orderId, cancellationToken), cancellationToken);
        }
    }

    private async Task SettleAsync(TenantId tenant, Document<PaymentOrderDocument> order, IReadOnlyList<PaymentDocument> payments, CancellationToken cancellationToken)
    {
        try
        {
            await store.ReplaceAsync(tenant, order.Id, order.Body with
            {
                Status = PaymentOrderStatus.Settled,
                SucceededCount = payments.Count(p => p.Status == PaymentStatus.Succeeded),
                FailedCount = payments.Count(p => p.Status == PaymentStatus.Failed),
                SettledAt = clock.GetUtcNow(),
            }, order.ETag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            // Settled meanwhile by the other path (a webhook's results and the reconciler): the same counts.
        }
    }

    private async Task<int> ReconcileOrderAsync(TenantId tenant, Document<PaymentOrderDocument> order, CancellationToken cancellationToken)
    {
        var payments = await PaymentQueries.OfOrderAsync(store, tenant, order.Id, cancellationToken);
        var recorded = 0;
        if (payments.Any(p => p.Status == PaymentStatus.Ordered) && order.Body.SentAt <= clock.GetUtcNow() - options.ResultGrace)
        {
            var lookup = await bank.GetTransferBatchAsync(order.Id, cancellationToken);
            if (lookup is TransferBatchLookup.Found found)
            {
                var final = found.Batch.Transfers
                    .Where(t => t.Transfer is { Status: BankTransferStatus.Succeeded or BankTransferStatus.Failed })
                    .Select(t => new TransferResult(t.TransferId,
                        t.Transfer!.Status == BankTransferStatus.Succeeded ? TransferResultStatus.Succeeded : TransferResultStatus.Failed,
                        t.Transfer.AmountWon, t.Transfer.ResponseCode ?? "", t.Transfer.ResponseMessage ?? "", t.Transfer.BankTransactionId,
                        t.Transfer.SettledAt ?? clock.GetUtcNow()))
                    .ToList();
                recorded = await recorder.RecordAsync(tenant, final, cancellationToken);
                payments = await PaymentQueries.OfOrderAsync(store, tenant, order.Id, cancellationToken);
            }
        }
        if (payments.All(p => p.Status != PaymentStatus.Ordered))
        {
            await SettleAsync(tenant, order, payments, cancellationToken);
        }
        return recorded;
    }
}
