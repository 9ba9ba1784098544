using LoFin.Application.Documents;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// One bank webhook event, recorded when it was received and verified, in the tenant's partition.
/// Its id comes from the bank's event id and it is created, never replaced: a second delivery of
/// the event collides with it and changes nothing. It is also the trail of what the bank told us:
/// the SHA-256 of the exact signed body ties it to the bank's own log.
/// </summary>
/// <param name="Reference">The tenant-prefixed id the event was routed by: the batch id or the virtual account's reference id.</param>
/// <param name="SignedAt">The delivery's signature timestamp (Unix seconds) as sent.</param>
/// <param name="BodySha256">Lower-case hex of the raw body's SHA-256.</param>
public sealed record BankEventRecord(
    string EventId,
    string EventType,
    string Reference,
    DateTimeOffset CreatedAt,
    DateTimeOffset ReceivedAt,
    string SignedAt,
    string BodySha256,
    string Queue,
    string MessageId) : IDocumentBody
{
    public static string DocumentType => "bank-event";

    public static string DocumentId(string eventId) => "bank-event-" + eventId;
}
