namespace LoFin.Application.Payments.Bank;

/// <summary>What the bank did with one transfer of a batch when it received it.</summary>
public enum TransferAcceptanceStatus
{
    /// <summary>New; it will settle and its result will come by webhook (or status query).</summary>
    Accepted,

    /// <summary>The bank already had this transfer id with the same content: nothing new happens, no money moves again.</summary>
    AlreadyAccepted,

    /// <summary>Refused at once with a reason code; not remembered, so the same id may be sent again corrected.</summary>
    Rejected,
}
