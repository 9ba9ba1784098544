using System.Security.Cryptography;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Integrations;
using LoFin.Application.Messaging;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// Takes in one bank webhook delivery: verify the signature over the raw bytes and the replay
/// window, read the event, route it to its tenant by the tenant prefix of the app's own id it
/// carries (<see cref="BankReferenceIds"/>), then record it and enqueue its message in ONE batch in
/// that tenant's partition. The record is create-only under an id from the event id, so the bank's
/// duplicates and retries collide with it and change nothing; the work itself is done by the queue
/// functions, so the answer is quick and comes only after the commit.
/// </summary>
public sealed class BankWebhookIntake(IDocumentStore store, TenantDirectory tenants, BankWebhookSettings settings, TimeProvider time)
{
    /// <summary>
    /// The bank puts at most 100 results in an event by default; this leaves room for a bank set
    /// higher while keeping the message well under the queue's 256 KB.
    /// </summary>
    public const int MaxResultsPerEvent = 500;

    public async Task<BankWebhookIntakeResult> ReceiveAsync(ReadOnlyMemory<byte> body, string? timestampHeader, string? signatureHeader, CancellationToken cancellationToken)
    {
        var verification = WebhookSignature.Verify(body.Span, timestampHeader, signatureHeader, settings.Secrets, time, settings.ReplayWindow);
        if (verification != WebhookVerification.Valid)
        {
            return new BankWebhookIntakeResult.Unauthenticated(verification);
        }

        BankWebhookEvent? bankEvent;
        try
        {
            bankEvent = JsonSerializer.Deserialize<BankWebhookEvent>(body.Span, DocumentJson.Options);
        }
        catch (JsonException ex)
        {
            return new BankWebhookIntakeResult.Malformed(ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", "본문을 은행 이벤트 JSON으로 읽을 수 없습니다.");
        }
        if (bankEvent is null)
        {
            return new BankWebhookIntakeResult.Malformed("body", "본문이 비어 있습니다.");
        }
        if (!BankReferenceIds.IsWellFormed(bankEvent.EventId))
        {
            return new BankWebhookIntakeResult.Malformed("eventId", "이벤트 id가 없거나 올바르지 않습니다.");
        }
        if (string.IsNullOrEmpty(bankEvent.Type))
        {
            return new BankWebhookIntakeResult.Malformed("type", "이벤트 유형이 없습니다.");
        }
        if (bankEvent.Data.ValueKind != JsonValueKind.Object)
        {
            return new BankWebhookIntakeResult.Malformed("data", "이벤트 data가 객체가 아닙니다.");
        }

        var routed = bankEvent.Type switch
        {
            BankWebhookEventTypes.TransferResults => RouteTransferResults(bankEvent),
            BankWebhookEventTypes.VirtualAccountDeposited => RouteDeposit(bankEvent),
            _ => new Routing(null, null, new BankWebhookIntakeResult.Unprocessable("type", $"처리하지 않는 이벤트 유형입니다: '{bankEvent.Type}'.")),
        };
        if (routed.Refusal is not null)
        {
            return routed.Refusal;
        }

        var (record, message) = routed.Work!.Value;
        var received = record with
        {
            ReceivedAt = time.GetUtcNow(),
            SignedAt = timestampHeader!,
            BodySha256 = Convert.ToHexStringLower(SHA256.HashData(body.Span)),
        };
        var batch = new TransactionalBatch(routed.Tenant!.Value)
            .Create(BankEventRecord.DocumentId(bankEvent.EventId), received)
            .Enqueue(message);
        try
        {
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
        catch (TransactionalBatchFailedException ex) when (ex.FailedOperationIndex == 0 && ex.StatusCode == 409)
        {
            return new BankWebhookIntakeResult.AlreadyReceived(routed.Tenant.Value, bankEvent.EventId);
        }
        return new BankWebhookIntakeResult.Recorded(routed.Tenant.Value, bankEvent.EventId, message.MessageId);
    }

    private Routing RouteTransferResults(BankWebhookEvent bankEvent)
    {
        TransferResultsEventData? data;
        try
        {
            data = bankEvent.Data.Deserialize<TransferResultsEventData>(DocumentJson.Options);
        }
        catch (JsonException ex)
        {
            return Malformed("data" + (ex.Path ?? "").TrimStart('$'), "이체 결과를 읽을 수 없습니다.");
        }
        if (data is null || !BankReferenceIds.IsWellFormed(data.BatchId))
        {
            return Malformed("data.batchId", "배치 id가 없거나 올바르지 않습니다.");
        }
        if (data.Results is not { Count: > 0 and <= MaxResultsPerEvent })
        {
            return Malformed("data.results", $"이체 결과는 1~{MaxResultsPerEvent}건이어야 합니다.");
        }
        if (!TryRoute(data.BatchId, out var tenant))
        {
            return Unroutable("data.batchId", data.BatchId);
        }
        var results = new List<TransferResult>(data.Results.Count);
        for (var i = 0; i < data.Results.Count; i++)
        {
            var field = $"data.results[{i}]";
            if (data.Results[i] is not { } result || !BankReferenceIds.IsWellFormed(result.TransferId))
            {
                return Malformed(field + ".transferId", "이체 id가 없거나 올바르지 않습니다.");
            }
            if (!BankReferenceIds.TryGetTenant(result.TransferId, out var transferTenant) || transferTenant != tenant)
            {
                // One event is one tenant's: a result for another partition would be written where it does not belong.
                return new Routing(null, null, new BankWebhookIntakeResult.Unprocessable(field + ".transferId", "이체 id의 지방자치단체가 배치의 지방자치단체와 다릅니다."));
            }
            var status = result.Status switch
            {
                BankTransferStatus.Succeeded => TransferResultStatus.Succeeded,
                BankTransferStatus.Failed => TransferResultStatus.Failed,
                _ => (TransferResultStatus?)null,
            };
            if (status is null)
            {
                return Malformed(field + ".status", "결과 통지의 상태는 Succeeded 또는 Failed입니다.");
            }
            if (string.IsNullOrEmpty(result.ResponseCode) || result.SettledAt is null || result.AmountWon <= 0)
            {
                return Malformed(field, "응답 코드, 처리 시각, 금액이 있어야 합니다.");
            }
            results.Add(new TransferResult(result.TransferId, status.Value, result.AmountWon, result.ResponseCode,
                result.ResponseMessage ?? "", result.BankTransactionId, result.SettledAt.Value));
        }
        var messageId = BankMessages.MessageIdFor(bankEvent.EventId);
        var message = OutboxMessage.Create(BankMessages.TransferResults, tenant,
            new TransferResultsMessage(tenant, bankEvent.EventId, data.BatchId, results), messageId, correlationId: data.BatchId);
        return Routed(tenant, bankEvent, data.BatchId, message);
    }

    private Routing RouteDeposit(BankWebhookEvent bankEvent)
    {
        VirtualAccountDeposit? deposit;
        try
        {
            deposit = bankEvent.Data.Deserialize<VirtualAccountDeposit>(DocumentJson.Options);
        }
        catch (JsonException ex)
        {
            return Malformed("data" + (ex.Path ?? "").TrimStart('$'), "입금 통지를 읽을 수 없습니다.");
        }
        if (deposit is null || !BankReferenceIds.IsWellFormed(deposit.ReferenceId))
        {
            return Malformed("data.referenceId", "참조 id가 없거나 올바르지 않습니다.");
        }
        if (string.IsNullOrEmpty(deposit.DepositId) || string.IsNullOrEmpty(deposit.VirtualAccountNumber) || string.IsNullOrEmpty(deposit.BankTransactionId))
        {
            return Malformed("data", "입금 id, 가상계좌번호, 은행 거래 id가 있어야 합니다.");
        }
        if (deposit.AmountWon <= 0 || deposit.Sequence < 1 || deposit.PaidWon < deposit.AmountWon || deposit.RemainingWon < 0)
        {
            return Malformed("data.amountWon", "입금액, 순번, 누계가 맞지 않습니다.");
        }
        if (!TryRoute(deposit.ReferenceId, out var tenant))
        {
            return Unroutable("data.referenceId", deposit.ReferenceId);
        }
        var message = OutboxMessage.Create(BankMessages.DepositReceived, tenant,
            new DepositReceivedMessage(tenant, bankEvent.EventId, deposit.DepositId, deposit.VirtualAccountNumber, deposit.ReferenceId,
                deposit.AmountWon, deposit.Sequence, deposit.PaidWon, deposit.RemainingWon, deposit.VirtualAccountStatus,
                deposit.BankTransactionId, deposit.DepositedAt),
            BankMessages.MessageIdFor(bankEvent.EventId), correlationId: deposit.ReferenceId);
        return Routed(tenant, bankEvent, deposit.ReferenceId, message);
    }

    private bool TryRoute(string id, out TenantId tenant) => BankReferenceIds.TryGetTenant(id, out tenant) && tenants.Contains(tenant);

    private static Routing Routed(TenantId tenant, BankWebhookEvent bankEvent, string reference, OutboxMessage message) =>
        new(tenant, (new BankEventRecord(bankEvent.EventId, bankEvent.Type, reference, bankEvent.CreatedAt, default, "", "", message.Queue, message.MessageId), message), null);

    private static Routing Malformed(string field, string message) => new(null, null, new BankWebhookIntakeResult.Malformed(field, message));

    private static Routing Unroutable(string field, string id) =>
        new(null, null, new BankWebhookIntakeResult.Unprocessable(field, $"'{id}'에서 지방자치단체를 찾을 수 없습니다 (id는 등록된 지방자치단체 코드 5자리와 '-'로 시작해야 합니다)."));

    /// <summary>Where an event goes and what is written there, or why it goes nowhere.</summary>
    private readonly record struct Routing(TenantId? Tenant, (BankEventRecord Record, OutboxMessage Message)? Work, BankWebhookIntakeResult? Refusal);
}
