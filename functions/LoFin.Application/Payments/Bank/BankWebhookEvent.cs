using System.Text.Json;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// The body of every bank webhook. The event id is the same on every delivery of one event
/// (duplicates and retries included), so it is what a receiver deduplicates by. <see cref="Data"/>
/// is read according to <see cref="Type"/>: <see cref="TransferResultsEventData"/> or <see cref="VirtualAccountDeposit"/>.
/// </summary>
public sealed record BankWebhookEvent(string EventId, string Type, DateTimeOffset CreatedAt, JsonElement Data);
