namespace LoFin.Simulators.Bank.VirtualAccounts;

public enum IssueOutcome
{
    Issued,

    /// <summary>The same request under the same reference id: the account issued then.</summary>
    Replayed,

    /// <summary>The reference id already has an account for a different request.</summary>
    ReferenceIdReused,

    OverCapacity,
}
