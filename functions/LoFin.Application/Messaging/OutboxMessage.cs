using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Messaging;

/// <summary>
/// A message to a queue, written with the state change that causes it. The id is made
/// by the sender and saved before sending, so a redelivery is recognised by id.
/// </summary>
public sealed record OutboxMessage(
    string MessageId,
    string Queue,
    TenantId TenantId,
    string BodyJson,
    string? CorrelationId = null,
    DateTimeOffset? NotBefore = null)
{
    public const int MaxBodyBytes = 256 * 1024;

    public static OutboxMessage Create<T>(string queue, TenantId tenant, T payload, string? messageId = null, string? correlationId = null, DateTimeOffset? notBefore = null)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("A message needs a tenant.", nameof(tenant));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        var body = DocumentJson.Serialize(payload);
        if (body.Length > MaxBodyBytes)
        {
            throw new ArgumentException($"A message body is at most {MaxBodyBytes} bytes (Service Bus standard tier).", nameof(payload));
        }
        return new OutboxMessage(messageId ?? Guid.CreateVersion7().ToString("N"), queue, tenant, body, correlationId, notBefore);
    }
}
