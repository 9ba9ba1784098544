namespace LoFin.Simulators.Bank.Transfers;

public enum BatchSubmissionOutcome
{
    /// <summary>First time the bank sees this batch id.</summary>
    Received,

    /// <summary>The same batch again: the original receipt is returned and nothing else happens.</summary>
    Replayed,

    /// <summary>The batch id was used for other content.</summary>
    BatchIdReused,

    /// <summary>The bank's limits on remembered batches or transfers are reached.</summary>
    OverCapacity,
}
