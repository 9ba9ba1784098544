namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The ledger's mutable state of one commitment, kept by value in its dictionary and changed
/// through a ref (a struct, not an object: a busy line holds many, and fewer objects is less
/// for the collector to trace). Only <see cref="BudgetLineLedger"/> changes it, after every
/// rule passed.
/// </summary>
internal struct CommitmentRecord(long requestedWon)
{
    public CommitmentStatus Status = CommitmentStatus.Pending;
    public readonly long RequestedWon = requestedWon;
    public long PostedWon;
    public long ReducedWon;
    public long ResolvedWon;
    public long RefundedWon;

    public readonly CommitmentView View(OperationId id) => new(id, Status, RequestedWon, PostedWon, ReducedWon, ResolvedWon, RefundedWon);
}
