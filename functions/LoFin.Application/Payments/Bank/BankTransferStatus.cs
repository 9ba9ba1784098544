namespace LoFin.Application.Payments.Bank;

/// <summary>Where an accepted transfer stands at the bank.</summary>
public enum BankTransferStatus
{
    /// <summary>Accepted, not settled yet (처리 중).</summary>
    Accepted,

    /// <summary>Money moved (response code 000). Final.</summary>
    Succeeded,

    /// <summary>No money moved; the response code says why (412, 415, 815, 531, 532, 499, 999). Final.</summary>
    Failed,
}
