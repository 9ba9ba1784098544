using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Messaging;

/// <summary>What a queue function knows about the delivery it is handling.</summary>
public sealed class MessageContext(string functionName, QueueMessage message)
{
    public string FunctionName { get; } = functionName;

    public TenantId TenantId => message.TenantId;

    public string MessageId => message.MessageId;

    public string? CorrelationId => message.CorrelationId;

    public int DeliveryCount => message.DeliveryCount;

    /// <summary>Set when the handler added the "handled" mark to a batch (the invoker checks it was committed).</summary>
    internal bool MarkedByHandler { get; private set; }

    /// <summary>The inbox document id that records this function handled this message.</summary>
    public string InboxDocumentId => InboxEntry.DocumentId(FunctionName, MessageId);

    /// <summary>
    /// Adds the "handled" mark to the handler's own batch, so its writes and the mark
    /// commit together: a redelivery then finds the mark and changes nothing.
    /// </summary>
    public TransactionalBatch MarkHandled(TransactionalBatch batch, DateTimeOffset handledAt)
    {
        ArgumentNullException.ThrowIfNull(batch);
        MarkedByHandler = true;
        return batch.Create(InboxDocumentId, new InboxEntry(FunctionName, MessageId, handledAt));
    }
}
