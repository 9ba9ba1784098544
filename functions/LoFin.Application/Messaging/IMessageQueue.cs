using LoFin.Domain.Tenancy;

namespace LoFin.Application.Messaging;

/// <summary>
/// The consuming side of the queues: peek-lock semantics as in Service Bus. A leased
/// message is invisible until completed, retried or its lease runs out; a lease that
/// runs out (a crash) makes it visible again, so delivery is at least once.
/// </summary>
public interface IMessageQueue
{
    /// <summary>Sends a message outside any batch (the batch form is <c>TransactionalBatch.Enqueue</c>).</summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QueueMessage>> LeaseAsync(int maxMessages, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Removes handled messages. A message whose lease was lost and re-leased is not removed.</summary>
    Task CompleteAsync(IReadOnlyList<QueueMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Makes the message visible again at <paramref name="visibleAt"/>, recording why it failed.</summary>
    Task RetryLaterAsync(QueueMessage message, string error, DateTimeOffset visibleAt, CancellationToken cancellationToken = default);

    Task DeadLetterAsync(QueueMessage message, string error, CancellationToken cancellationToken = default);

    Task<DeadLetterPage> ListDeadLettersAsync(TenantId tenant, int pageSize, string? continuationToken, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead letter back on its queue with a fresh attempt count. False when no such dead letter.</summary>
    Task<bool> ReplayDeadLetterAsync(TenantId tenant, string messageId, CancellationToken cancellationToken = default);

    Task<QueueStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
