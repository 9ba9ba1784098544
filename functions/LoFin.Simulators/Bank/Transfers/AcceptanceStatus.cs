namespace LoFin.Simulators.Bank.Transfers;

/// <summary>What the bank did with one transfer of a batch when it received it.</summary>
public enum AcceptanceStatus
{
    /// <summary>New; it will settle.</summary>
    Accepted,

    /// <summary>The bank already had this transfer id with the same content: nothing new happens, its result stands.</summary>
    AlreadyAccepted,

    /// <summary>Refused at once; nothing is remembered, so the same id may be sent again corrected.</summary>
    Rejected,
}
