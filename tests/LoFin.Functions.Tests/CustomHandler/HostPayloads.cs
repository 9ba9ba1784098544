using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>
/// Custom-handler request payloads written the way the Functions host writes them: every
/// binding-data value that is not an object goes out as its JSON text inside a string
/// (azure-functions-host, ScriptInvocationContextExtensions.GetHttpScriptInvocationContextValue).
/// </summary>
public static class HostPayloads
{
    public static readonly DateTimeOffset EnqueuedAt = new(2026, 11, 22, 3, 4, 5, TimeSpan.Zero);

    public static string ServiceBus(string messageId, object body, string? tenantId = "41110", int deliveryCount = 1,
        string? correlationId = "corr-1", MessageBodyEncoding encoding = MessageBodyEncoding.HostQuotedString)
    {
        var bodyJson = JsonSerializer.Serialize(body);
        object message = encoding switch
        {
            MessageBodyEncoding.HostQuotedString => JsonSerializer.Serialize(bodyJson),
            MessageBodyEncoding.Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(bodyJson)),
            _ => JsonDocument.Parse(bodyJson).RootElement,
        };
        var properties = new Dictionary<string, object?>();
        if (tenantId is not null)
        {
            properties["tenantId"] = tenantId;
        }
        if (correlationId is not null)
        {
            properties["correlationId"] = correlationId;
        }
        var metadata = new Dictionary<string, object?>
        {
            ["DeliveryCount"] = deliveryCount.ToString(CultureInfo.InvariantCulture),
            ["LockToken"] = JsonSerializer.Serialize(Guid.NewGuid().ToString()),
            // A UTC DateTime of unspecified kind: no offset on the wire.
            ["EnqueuedTimeUtc"] = EnqueuedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            ["MessageId"] = JsonSerializer.Serialize(messageId),
            ["ContentType"] = JsonSerializer.Serialize("application/json"),
            ["SequenceNumber"] = "42",
            ["ApplicationProperties"] = properties,
            ["UserProperties"] = properties,
            ["sys"] = new { MethodName = RecordingQueueFunction.FunctionName, UtcNow = "2026-11-22T03:04:06.1234567Z", RandGuid = Guid.NewGuid() },
        };
        return JsonSerializer.Serialize(new { Data = new Dictionary<string, object> { ["message"] = message }, Metadata = metadata });
    }

    /// <summary>A timer payload; <paramref name="next"/> and <paramref name="last"/> null leave out ScheduleStatus (an unmonitored schedule).</summary>
    public static string Timer(DateTimeOffset? next, DateTimeOffset? last, bool isPastDue)
    {
        object? status = next is null
            ? null
            : new { Last = (last ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture), Next = next.Value.ToString("O", CultureInfo.InvariantCulture), LastUpdated = (last ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture) };
        var timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = status, IsPastDue = isPastDue };
        return JsonSerializer.Serialize(new
        {
            Data = new { timer },
            Metadata = new { sys = new { MethodName = RecordingTimerFunction.FunctionName, UtcNow = "2026-11-22T02:30:00.0012345Z" } },
        });
    }
}
