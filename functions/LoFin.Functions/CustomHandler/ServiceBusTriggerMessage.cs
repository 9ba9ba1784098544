using System.Text;
using System.Text.Json;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// Maps a Service Bus trigger's payload to the <see cref="QueueMessage"/> the queue functions
/// take locally. The sender puts the outbox message's id in the Service Bus <c>MessageId</c>, its
/// body (UTF-8 JSON) in the message body, and the tenant and correlation id in application properties.
/// </summary>
public static class ServiceBusTriggerMessage
{
    /// <summary>Application property carrying the 5-digit tenant code; a message without it is refused.</summary>
    public const string TenantIdProperty = "tenantId";

    /// <summary>Application property carrying the correlation id of the request that caused the message.</summary>
    public const string CorrelationIdProperty = "correlationId";

    /// <summary>Service Bus's limit on MessageId.</summary>
    public const int MaxMessageIdLength = 128;

    public static QueueMessage ToQueueMessage(InvocationRequest request, IQueueFunction function, TimeProvider clock)
    {
        var messageId = request.MetadataValue("MessageId") is { } id ? HostValue.Text(id) : null;
        if (string.IsNullOrEmpty(messageId) || messageId.Length > MaxMessageIdLength)
        {
            throw new InvalidInvocationException("Metadata.MessageId", $"메시지 ID는 1~{MaxMessageIdLength}자여야 합니다.");
        }
        var properties = ApplicationProperties(request);
        var tenantText = properties is { } bag && HostValue.TryGetProperty(bag, TenantIdProperty, out var tenantValue) ? HostValue.Text(tenantValue) : null;
        if (!TenantId.TryParse(tenantText, out var tenant))
        {
            throw new InvalidInvocationException($"Metadata.ApplicationProperties.{TenantIdProperty}", "메시지에 5자리 지방자치단체 코드(tenantId)가 없습니다.");
        }
        var deliveryCount = request.MetadataValue("DeliveryCount") is { } count ? HostValue.WholeNumber(count) : 1;
        if (deliveryCount is null or < 1)
        {
            throw new InvalidInvocationException("Metadata.DeliveryCount", "배달 횟수는 1 이상의 정수여야 합니다.");
        }
        var correlationId = properties is { } props && HostValue.TryGetProperty(props, CorrelationIdProperty, out var correlation)
            ? HostValue.Text(correlation)
            : request.MetadataValue("CorrelationId") is { } brokerCorrelation ? HostValue.Text(brokerCorrelation) : null;
        // EnqueuedTime carries its offset; EnqueuedTimeUtc (kept by the host for old apps) does not.
        var enqueuedAt = (request.MetadataValue("EnqueuedTime") ?? request.MetadataValue("EnqueuedTimeUtc")) is { } enqueued
            ? HostValue.Instant(enqueued)
            : null;

        return new QueueMessage(messageId, function.Queue, tenant, Body(request.RequiredData(FunctionBinding.QueueMessageName)),
            string.IsNullOrEmpty(correlationId) ? null : correlationId, enqueuedAt ?? clock.GetUtcNow(), deliveryCount.Value, LeaseToken: 0);
    }

    /// <summary><c>ApplicationProperties</c>, or <c>UserProperties</c> (the same bag under its older name).</summary>
    private static JsonElement? ApplicationProperties(InvocationRequest request) =>
        (request.MetadataValue("ApplicationProperties") ?? request.MetadataValue("UserProperties")) is { } bag ? HostValue.JsonObject(bag) : null;

    /// <summary>
    /// The message body as JSON text. Bound as a string, the host sends the body as a JSON-quoted
    /// string inside the payload's string; bound as bytes (<c>dataType: binary</c>), as base64. A
    /// JSON object or array in the payload is taken as the body itself.
    /// </summary>
    private static string Body(JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return value.GetRawText();
        }
        var text = HostValue.Text(value) ?? "";
        if (HostValue.ParseOrNull(text) is not null)
        {
            return text;
        }
        var bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var length))
        {
            try
            {
                var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
                if (HostValue.ParseOrNull(decoded) is not null)
                {
                    return decoded;
                }
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 text: refused below like any other body that is not JSON.
            }
        }
        throw new InvalidInvocationException($"Data.{FunctionBinding.QueueMessageName}", "메시지 본문은 JSON이어야 합니다.");
    }
}
