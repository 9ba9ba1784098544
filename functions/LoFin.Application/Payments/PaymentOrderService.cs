using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// 지급명령: issue (the 지출원 names approved resolutions), prepare (each gets its payment and
/// transfer id, resumable chunk by chunk after a crash), approve (the line's decision sends it
/// to the bank through the queue).
/// </summary>
public sealed class PaymentOrderService(IDocumentStore store, TimeProvider clock)
{
    public const int MaxPaymentsPerOrder = 1000;

    /// <summary>Order keys leave room for the tenant prefix and each payment's "-NNNN" within the bank's 64 characters.</summary>
    public const int MaxOrderKeyLength = 40;

    /// <summary>Each resolution takes two writes (payment, resolution); the rest of the batch is headroom.</summary>
    private const int PrepareChunk = 45;

    public static string OrderIdFor(TenantId tenant, string orderKey) => BankReferenceIds.Create(tenant, "PO-" + orderKey);

    public static string PaymentIdFor(string orderId, int index) => $"{orderId}-{index + 1:D4}";

    /// <summary>The order a payment id belongs to (<see cref="PaymentIdFor"/> backwards), or null for an id not made so.</summary>
    public static string? OrderIdOf(string paymentId) =>
        paymentId.Length > 5 && paymentId[^5] == '-' && paymentId[^4..].All(char.IsAsciiDigit) ? paymentId[..^5] : null;

    public async Task<PaymentOrderIssue> IssueAsync(TenantId tenant, string orderKey, int fiscalYear, FiscalAccount account,
        IReadOnlyList<string> resolutionIds, string issuedBy, CancellationToken cancellationToken)
    {
        if (orderKey is not { Length: >= 1 and <= MaxOrderKeyLength } || !orderKey.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return new(PaymentOrderIssueOutcome.Invalid, null, $"지급명령 키는 1~{MaxOrderKeyLength}자의 영문, 숫자, '-' 입니다.");
        }
        if (resolutionIds is not { Count: >= 1 and <= MaxPaymentsPerOrder } || resolutionIds.Distinct(StringComparer.Ordinal).Count() != resolutionIds.Count
            || resolutionIds.Any(id => !OperationId.TryParse(id, out _)))
        {
            return new(PaymentOrderIssueOutcome.Invalid, null, $"지급명령에는 서로 다른 지출결의 1~{MaxPaymentsPerOrder}건을 담습니다.");
        }
        var orderId = OrderIdFor(tenant, orderKey);
        var order = new PaymentOrderDocument(orderId, fiscalYear, account.ToString(), TreasuryAccountNumbers.For(tenant, account), resolutionIds,
            issuedBy, clock.GetUtcNow(), PaymentOrderStatus.Preparing, [], [], 0, null, null, 0, 0, 0, 0, null);
        var batch = new TransactionalBatch(tenant)
            .Create(orderId, order)
            .Enqueue(OutboxMessage.Create(PaymentMessages.PrepareOrder, tenant, new PaymentOrderMessage(orderId), "prepare-" + orderId));
        try
        {
            await store.ExecuteBatchAsync(batch, cancellationToken);
            return new(PaymentOrderIssueOutcome.Issued, order);
        }
        catch (TransactionalBatchFailedException failed) when (failed.StatusCode == 409)
        {
            var existing = (await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken))!.Body;
            var same = existing.FiscalYear == fiscalYear && existing.FiscalAccountCode == order.FiscalAccountCode
                && existing.IssuedBy == issuedBy && existing.ResolutionIds.SequenceEqual(resolutionIds, StringComparer.Ordinal);
            return same
                ? new(PaymentOrderIssueOutcome.AlreadyIssued, existing)
                : new(PaymentOrderIssueOutcome.KeyReused, existing, "같은 키의 다른 지급명령이 이미 있습니다.");
        }
    }

    /// <summary>
    /// Creates each resolution's payment, chunk by chunk. A chunk that was written before a crash
    /// is recognised (the resolution's active payment is this order's) and not written again.
    /// </summary>
    public async Task PrepareAsync(TenantId tenant, string orderId, CancellationToken cancellationToken)
    {
        var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken)
            ?? throw new InvalidOperationException($"지급명령 {orderId}이(가) 없습니다.");
        if (order.Body.Status != PaymentOrderStatus.Preparing)
        {
            return;
        }
        var account = FiscalAccount.Parse(order.Body.FiscalAccountCode);
        var paymentIds = new List<string>();
        var excluded = new List<ExcludedPayment>();
        long totalWon = 0;
        for (var start = 0; start < order.Body.ResolutionIds.Count; start += PrepareChunk)
        {
            var batch = new TransactionalBatch(tenant);
            var end = Math.Min(start + PrepareChunk, order.Body.ResolutionIds.Count);
            for (var i = start; i < end; i++)
            {
                var resolutionId = order.Body.ResolutionIds[i];
                var paymentId = PaymentIdFor(orderId, i);
                var expenditure = await store.ReadAsync<ExpenditureDocument>(tenant, ExpenditureDocument.IdFor(resolutionId), cancellationToken);
                if (expenditure?.Body.ActivePaymentId == paymentId)
                {
                    paymentIds.Add(paymentId);
                    totalWon += expenditure.Body.AmountWon;
                    continue;
                }
                if (Exclusion(expenditure?.Body, order.Body.FiscalYear, account) is { } reason)
                {
                    excluded.Add(new ExcludedPayment(resolutionId, reason));
                    continue;
                }
                var owed = expenditure!.Body;
                batch.Create(paymentId, new PaymentDocument(paymentId, orderId, owed.ResolutionId, owed.LineKey, owed.AmountWon, owed.Payee,
                    PaymentStatus.Ordered, null, null, null, null));
                batch.Replace(expenditure.Id, owed with
                {
                    Status = ExpenditureStatus.Ordered,
                    ActivePaymentId = paymentId,
                    PaymentAttempts = owed.PaymentAttempts + 1,
                }, expenditure.ETag);
                paymentIds.Add(paymentId);
                totalWon += owed.AmountWon;
            }
            if (batch.Operations.Count > 0)
            {
                await store.ExecuteBatchAsync(batch, cancellationToken);
            }
        }
        await store.ReplaceAsync(tenant, orderId, order.Body with
        {
            Status = PaymentOrderStatus.Prepared,
            PaymentIds = paymentIds,
            Excluded = excluded,
            TotalWon = totalWon,
        }, order.ETag, cancellationToken);
    }

    /// <summary>
    /// The approval line approved the order: it goes to the bank. True when this call approved
    /// it, false when it was not waiting for approval (already approved, or not prepared yet).
    /// </summary>
    public async Task<bool> ApproveAsync(TenantId tenant, string orderId, string approvedBy, CancellationToken cancellationToken)
    {
        var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken);
        if (order?.Body.Status != PaymentOrderStatus.Prepared)
        {
            return false;
        }
        var batch = new TransactionalBatch(tenant)
            .Replace(orderId, order.Body with { Status = PaymentOrderStatus.Approved, ApprovedBy = approvedBy }, order.ETag)
            .Enqueue(OutboxMessage.Create(PaymentMessages.SendOrder, tenant, new PaymentOrderMessage(orderId), "send-" + orderId));
        await store.ExecuteBatchAsync(batch, cancellationToken);
        return true;
    }

    /// <summary>
    /// The approval line rejected the order (or it was withdrawn): cancel its payments and open their
    /// resolutions for another order, chunk by chunk, resumable like preparing. Only a prepared order
    /// can be cancelled — an approved one is the bank's. True when the order is (now) cancelled.
    /// </summary>
    public async Task<bool> CancelAsync(TenantId tenant, string orderId, CancellationToken cancellationToken)
    {
        var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken)
            ?? throw new InvalidOperationException($"지급명령 {orderId}이(가) 없습니다.");
        if (order.Body.Status == PaymentOrderStatus.Cancelled)
        {
            return true;
        }
        if (order.Body.Status != PaymentOrderStatus.Prepared)
        {
            return false;
        }
        var payments = await PaymentQueries.OfOrderAsync(store, tenant, orderId, cancellationToken);
        foreach (var chunk in payments.Where(p => p.Status == PaymentStatus.Ordered).Chunk(PrepareChunk))
        {
            var batch = new TransactionalBatch(tenant);
            foreach (var payment in chunk)
            {
                var stored = (await store.ReadAsync<PaymentDocument>(tenant, payment.PaymentId, cancellationToken))!;
                batch.Replace(payment.PaymentId, stored.Body with { Status = PaymentStatus.Cancelled }, stored.ETag);
                var expenditure = await store.ReadAsync<ExpenditureDocument>(tenant, ExpenditureDocument.IdFor(payment.ResolutionId), cancellationToken);
                if (expenditure?.Body.ActivePaymentId == payment.PaymentId)
                {
                    batch.Replace(expenditure.Id, expenditure.Body with { Status = ExpenditureStatus.Approved, ActivePaymentId = null }, expenditure.ETag);
                }
            }
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
        await store.ReplaceAsync(tenant, orderId, order.Body with { Status = PaymentOrderStatus.Cancelled }, order.ETag, cancellationToken);
        return true;
    }

    private static string? Exclusion(ExpenditureDocument? expenditure, int fiscalYear, FiscalAccount account)
    {
        if (expenditure is null)
        {
            return "지출결의를 찾을 수 없습니다.";
        }
        if (expenditure.Status == ExpenditureStatus.Paid)
        {
            return "이미 지급된 지출결의입니다.";
        }
        if (expenditure.Status == ExpenditureStatus.Ordered)
        {
            return "다른 지급명령으로 지급 중인 지출결의입니다.";
        }
        var line = BudgetLineKey.Parse(expenditure.LineKey);
        return line.FiscalYear != fiscalYear || line.Account != account
            ? "지급명령의 회계연도·회계와 다른 지출결의입니다."
            : null;
    }
}
