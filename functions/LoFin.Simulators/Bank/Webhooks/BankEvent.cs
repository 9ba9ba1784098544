namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// The body of every webhook: an event id (the same on every delivery of the event, duplicates
/// included, so the receiver can ignore what it has handled), its type, when the bank made it,
/// and the data for that type.
/// </summary>
public sealed record BankEvent(string EventId, string Type, DateTimeOffset CreatedAt, object Data);
