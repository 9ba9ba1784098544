using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Application.Observability;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// Records the bank's final results, from a webhook or from reconciliation alike. A success
/// posts the payment to its budget line (지급 and its journal entry Dr 미지급금 / Cr 현금) and
/// marks the resolution paid; a failure moved no money, so the resolution is payable again and
/// can be ordered under a new transfer id. Each payment is recorded once: a duplicate, a late
/// copy or a reconciled result of a payment already final changes nothing.
/// </summary>
public sealed class TransferResultRecorder(IDocumentStore store, BudgetLineLedgerStore ledgers)
{
    /// <summary>A success writes its payment, its resolution and its log entry, plus at most one line head.</summary>
    private const int Chunk = 24;
    private const int MaxAttempts = 5;
    public const string RecordedBy = "금고";

    /// <summary>Returns how many payments this call made final.</summary>
    public async Task<int> RecordAsync(TenantId tenant, IReadOnlyList<TransferResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var recorded = 0;
        foreach (var chunk in results.DistinctBy(r => r.TransferId).Chunk(Chunk))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (succeeded, failed) = await RecordChunkAsync(tenant, chunk, cancellationToken);
                    LoFinMetrics.PaymentsSettled.Add(succeeded, new KeyValuePair<string, object?>("outcome", "succeeded"));
                    LoFinMetrics.PaymentsSettled.Add(failed, new KeyValuePair<string, object?>("outcome", "failed"));
                    recorded += succeeded + failed;
                    break;
                }
                catch (TransactionalBatchFailedException failed) when (failed.StatusCode is 409 or 412 && attempt < MaxAttempts)
                {
                    // Someone recorded some of these results meanwhile (a duplicate webhook racing the
                    // reconciler): read again, and whatever is final now is skipped.
                }
            }
        }
        return recorded;
    }

    private async Task<(int Succeeded, int Failed)> RecordChunkAsync(TenantId tenant, TransferResult[] chunk, CancellationToken cancellationToken)
    {
        var open = new List<(TransferResult Result, Document<PaymentDocument> Payment, Document<ExpenditureDocument> Expenditure)>();
        foreach (var result in chunk)
        {
            var payment = await store.ReadAsync<PaymentDocument>(tenant, result.TransferId, cancellationToken);
            if (payment is null || payment.Body.Status != PaymentStatus.Ordered)
            {
                continue;
            }
            if (result.Status == TransferResultStatus.Succeeded && result.AmountWon != payment.Body.AmountWon)
            {
                throw new InvalidOperationException($"금고가 이체 {result.TransferId}을(를) {result.AmountWon}원으로 알렸으나 지급명령은 {payment.Body.AmountWon}원입니다.");
            }
            var expenditure = await store.ReadAsync<ExpenditureDocument>(tenant, ExpenditureDocument.IdFor(payment.Body.ResolutionId), cancellationToken)
                ?? throw new InvalidOperationException($"지급 {payment.Id}의 지출결의 {payment.Body.ResolutionId}이(가) 없습니다.");
            open.Add((result, payment, expenditure));
        }
        if (open.Count == 0)
        {
            return (0, 0);
        }

        var paid = open.Where(o => o.Result.Status == TransferResultStatus.Succeeded).ToList();
        void AddDocuments(TransactionalBatch batch)
        {
            foreach (var (result, payment, expenditure) in open)
            {
                var succeeded = result.Status == TransferResultStatus.Succeeded;
                batch.Replace(payment.Id, payment.Body with
                {
                    Status = succeeded ? PaymentStatus.Succeeded : PaymentStatus.Failed,
                    ResponseCode = result.ResponseCode,
                    ResponseMessage = result.ResponseMessage,
                    BankTransactionId = result.BankTransactionId,
                    SettledAt = result.SettledAt,
                }, payment.ETag);
                batch.Replace(expenditure.Id, succeeded
                    ? expenditure.Body with { Status = ExpenditureStatus.Paid, ActivePaymentId = null, PaidByPaymentId = payment.Id }
                    : expenditure.Body with { Status = ExpenditureStatus.Approved, ActivePaymentId = null }, expenditure.ETag);
            }
        }

        if (paid.Count == 0)
        {
            var batch = new TransactionalBatch(tenant);
            AddDocuments(batch);
            await store.ExecuteBatchAsync(batch, cancellationToken);
            return (0, open.Count);
        }

        var operations = paid.Select(p => new LineOperation(BudgetLineKey.Parse(p.Payment.Body.LineKey),
            new Payment(OperationId.Parse(p.Payment.Id), OperationId.Parse(p.Payment.Body.ResolutionId), p.Payment.Body.AmountWon))).ToList();
        var write = await ledgers.WriteAsync(tenant, operations, RecordedBy, (written, batch) =>
        {
            for (var i = 0; i < written.Results.Count; i++)
            {
                if (!written.Results[i].IsApplied)
                {
                    // The bank has moved the money: a ledger that refuses it is a defect to look at now,
                    // so the message goes to the dead letters with the reason rather than be dropped.
                    throw new InvalidOperationException(
                        $"금고에서 지급된 {paid[i].Payment.Id}을(를) 원장이 거부했습니다: {written.Results[i].Refusal?.Message}");
                }
            }
            AddDocuments(batch);
        }, cancellationToken);
        if (write.Outcome == LedgerWriteOutcome.LineNotFound)
        {
            throw new InvalidOperationException($"지급된 예산과목 {write.MissingLine}이(가) 원장에 없습니다.");
        }
        return (paid.Count, open.Count - paid.Count);
    }
}
