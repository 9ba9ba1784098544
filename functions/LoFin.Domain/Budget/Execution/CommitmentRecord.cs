namespace LoFin.Domain.Budget.Execution;

/// <summary>The ledger's mutable state of one commitment; only <see cref="BudgetLineLedger"/> changes it, after every rule passed.</summary>
internal sealed class CommitmentRecord(OperationId id, long requestedWon)
{
    public OperationId Id { get; } = id;

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Pending;

    public long RequestedWon { get; } = requestedWon;

    public long PostedWon { get; set; }

    public long ReducedWon { get; set; }

    public long ResolvedWon { get; set; }

    public long RefundedWon { get; set; }

    public CommitmentView View => new(Id, Status, RequestedWon, PostedWon, ReducedWon, ResolvedWon, RefundedWon);
}
