namespace LoFin.Domain.Budget.Execution;

/// <summary>Where a two-phase commitment is: reserved (pending), then posted or voided, never both.</summary>
public enum CommitmentStatus
{
    Pending = 1,
    Posted,
    Voided,
}
