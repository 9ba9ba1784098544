using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Tests.Messaging;

/// <summary>A queue whose first leases fail, as a full disk or an I/O error would make them.</summary>
public sealed class FailingLeaseQueue(IMessageQueue inner, int failures) : IMessageQueue
{
    private int _failuresLeft = failures;

    public Task<IReadOnlyList<QueueMessage>> LeaseAsync(int maxMessages, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        Interlocked.Decrement(ref _failuresLeft) >= 0
            ? Task.FromException<IReadOnlyList<QueueMessage>>(new IOException("disk I/O error (simulated)"))
            : inner.LeaseAsync(maxMessages, leaseDuration, cancellationToken);

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default) => inner.SendAsync(message, cancellationToken);

    public Task CompleteAsync(IReadOnlyList<QueueMessage> messages, CancellationToken cancellationToken = default) => inner.CompleteAsync(messages, cancellationToken);

    public Task RetryLaterAsync(QueueMessage message, string error, DateTimeOffset visibleAt, CancellationToken cancellationToken = default) =>
        inner.RetryLaterAsync(message, error, visibleAt, cancellationToken);

    public Task DeadLetterAsync(QueueMessage message, string error, CancellationToken cancellationToken = default) => inner.DeadLetterAsync(message, error, cancellationToken);

    public Task<DeadLetterPage> ListDeadLettersAsync(TenantId tenant, int pageSize, string? continuationToken, CancellationToken cancellationToken = default) =>
        inner.ListDeadLettersAsync(tenant, pageSize, continuationToken, cancellationToken);

    public Task<bool> ReplayDeadLetterAsync(TenantId tenant, string messageId, CancellationToken cancellationToken = default) =>
        inner.ReplayDeadLetterAsync(tenant, messageId, cancellationToken);

    public Task<QueueStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
}
