using System.Text.Json;
using LoFin.Application.Integrations;

namespace LoFin.Simulators.Tests.Support;

/// <summary>One POST the receiver got, exactly as it arrived: raw body bytes and the headers.</summary>
public sealed record ReceivedWebhook(
    string? EventIdHeader,
    string? EventType,
    string? Timestamp,
    string? Signature,
    int Attempt,
    byte[] Body,
    int AnsweredStatus)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string EventId => Json.GetProperty("eventId").GetString()!;

    /// <summary>The transfer ids of a transfer.results event, in the order they came.</summary>
    public IReadOnlyList<string> TransferIds =>
        [.. Json.GetProperty("data").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("transferId").GetString()!)];

    public WebhookVerification Verify(string secret, TimeProvider time) =>
        WebhookSignature.Verify(Body, Timestamp, Signature, [secret], time);
}
