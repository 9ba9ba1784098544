namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// One delivery of an event. The body is serialised once, so every attempt and every duplicate
/// sends the same bytes; only the timestamp and signature are made afresh at each attempt.
/// </summary>
public sealed record PendingDelivery(string EventId, string EventType, ReadOnlyMemory<byte> Body, int Attempt);
