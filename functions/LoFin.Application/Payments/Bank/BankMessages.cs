namespace LoFin.Application.Payments.Bank;

/// <summary>
/// The queues the bank webhook intake writes to, in the same batch that records the event, and the
/// message ids it uses: derived from the bank's event id, so a duplicate delivery can never make a
/// second message even if it got past the event record.
/// </summary>
public static class BankMessages
{
    /// <summary>Payload <see cref="TransferResultsMessage"/>.</summary>
    public const string TransferResults = "bank.transfer-results";

    /// <summary>Payload <see cref="DepositReceivedMessage"/>.</summary>
    public const string DepositReceived = "bank.deposit-received";

    public static string MessageIdFor(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return "bank-event-" + eventId;
    }
}
