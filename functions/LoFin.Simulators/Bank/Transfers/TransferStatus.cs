namespace LoFin.Simulators.Bank.Transfers;

public enum TransferStatus
{
    /// <summary>Accepted, not settled yet (처리 중).</summary>
    Accepted,

    /// <summary>Money moved. Final.</summary>
    Succeeded,

    /// <summary>No money moved; the response code says why. Final.</summary>
    Failed,
}
