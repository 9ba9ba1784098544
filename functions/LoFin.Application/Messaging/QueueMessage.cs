using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Messaging;

/// <summary>A leased delivery of a message. <see cref="DeliveryCount"/> starts at 1.</summary>
public sealed record QueueMessage(
    string MessageId,
    string Queue,
    TenantId TenantId,
    string BodyJson,
    string? CorrelationId,
    DateTimeOffset EnqueuedAt,
    int DeliveryCount,
    long LeaseToken)
{
    public T Payload<T>() => DocumentJson.Deserialize<T>(BodyJson);
}

/// <summary>A message that failed too often and waits for an operator.</summary>
public sealed record DeadLetter(
    string MessageId,
    string Queue,
    TenantId TenantId,
    string BodyJson,
    int Attempts,
    string? LastError,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset DeadLetteredAt);

public sealed record DeadLetterPage(IReadOnlyList<DeadLetter> Items, string? ContinuationToken);

public sealed record QueueStatistics(long Ready, long Scheduled, long InFlight, long DeadLettered);
