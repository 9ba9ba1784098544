namespace LoFin.Application.Execution;

/// <summary>Where a drafted execution document (원인행위, 지출결의) stands.</summary>
public enum ExecutionStatus
{
    /// <summary>On its approval line.</summary>
    Pending,

    /// <summary>Approved and recorded in the ledger.</summary>
    Approved,

    /// <summary>The line rejected it; for a commitment the reservation is voided.</summary>
    Rejected,

    /// <summary>The drafter withdrew it, or the line could not start.</summary>
    Withdrawn,

    /// <summary>Approved, but the ledger refused it (another document took the money first).</summary>
    Refused,
}
