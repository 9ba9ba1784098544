using LoFin.Application.Documents;
using LoFin.Application.Execution;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Payments;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Queues.Execution;

/// <summary>
/// Hears a 지급명령's approval line end: approval sends it to the bank (through the send queue),
/// anything else cancels it and opens its resolutions again. An order not yet written or still being
/// prepared is not ready for either, so the message is retried (with back-off) until it is.
/// </summary>
public sealed class CompletePaymentOrderFunction(PaymentOrderService orders, IDocumentStore store, ILogger<CompletePaymentOrderFunction> logger) : IQueueFunction
{
    public const string QueueName = "payment-order-approvals";
    public const string DocumentKind = "payment-order";

    public string Name => "CompletePaymentOrder";

    public string Queue => QueueName;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        if (ApprovalNotice.Read(message.Payload<WorkflowCompletedNotice>(), DocumentKind) is not { } notice)
        {
            logger.LogWarning("Completion notice on {Queue} is not a payment order's; dropped.", QueueName);
            return;
        }
        var order = await store.ReadAsync<PaymentOrderDocument>(message.TenantId, notice.DocumentId, cancellationToken);
        // The line starts before the order is written (IssuePaymentOrderFunction): a quick decision can
        // arrive first, so a missing order is waited for too (a request that died in between dead-letters here).
        if (order is null || order.Body.Status == PaymentOrderStatus.Preparing)
        {
            throw new InvalidOperationException($"지급명령 {notice.DocumentId}이(가) 아직 준비되지 않았습니다. 준비가 끝나면 다시 처리합니다.");
        }
        if (notice.Verdict == ApprovalVerdict.Approved)
        {
            await orders.ApproveAsync(message.TenantId, notice.DocumentId, notice.DecidedBy ?? order.Body.IssuedBy, cancellationToken);
        }
        else
        {
            await orders.CancelAsync(message.TenantId, notice.DocumentId, cancellationToken);
        }
    }
}
