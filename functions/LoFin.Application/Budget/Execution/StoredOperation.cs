using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// A ledger operation as the operation log stores it: flat, so that it reads the same in SQLite
/// and Cosmos DB and maps back to the very record the ledger saw (a replayed log must rebuild an
/// identical ledger). <see cref="TargetId"/> is the commitment, resolution or payment the
/// operation acts on; <see cref="AmountWon"/> is the delta for adjustments.
/// </summary>
public sealed record StoredOperation(LineOperationKind Kind, string Id, string? TargetId, long AmountWon)
{
    public static StoredOperation From(ExecutionOperation operation) => operation switch
    {
        BudgetAdjustment a => new(LineOperationKind.AdjustBudget, a.Id.Value, null, a.DeltaWon),
        AllotmentAdjustment a => new(LineOperationKind.AdjustAllotment, a.Id.Value, null, a.DeltaWon),
        CommitmentRequest c => new(LineOperationKind.Commit, c.Id.Value, null, c.AmountWon),
        CommitmentPosting p => new(LineOperationKind.PostCommitment, p.Id.Value, p.CommitmentId.Value, p.AmountWon),
        CommitmentVoid v => new(LineOperationKind.VoidCommitment, v.Id.Value, v.CommitmentId.Value, 0),
        CommitmentReduction r => new(LineOperationKind.ReduceCommitment, r.Id.Value, r.CommitmentId.Value, r.AmountWon),
        ExpenditureResolution r => new(LineOperationKind.Resolve, r.Id.Value, r.CommitmentId.Value, r.AmountWon),
        Payment p => new(LineOperationKind.Pay, p.Id.Value, p.ResolutionId.Value, p.AmountWon),
        ExpenditureRefund r => new(LineOperationKind.Refund, r.Id.Value, r.PaymentId.Value, r.AmountWon),
        null => throw new ArgumentNullException(nameof(operation)),
        _ => throw new ArgumentException($"No stored form for {operation.GetType().Name}.", nameof(operation)),
    };

    public ExecutionOperation ToOperation()
    {
        var id = OperationId.Parse(Id);
        return Kind switch
        {
            LineOperationKind.AdjustBudget => new BudgetAdjustment(id, AmountWon),
            LineOperationKind.AdjustAllotment => new AllotmentAdjustment(id, AmountWon),
            LineOperationKind.Commit => new CommitmentRequest(id, AmountWon),
            LineOperationKind.PostCommitment => new CommitmentPosting(id, Target(), AmountWon),
            LineOperationKind.VoidCommitment => new CommitmentVoid(id, Target()),
            LineOperationKind.ReduceCommitment => new CommitmentReduction(id, Target(), AmountWon),
            LineOperationKind.Resolve => new ExpenditureResolution(id, Target(), AmountWon),
            LineOperationKind.Pay => new Payment(id, Target(), AmountWon),
            LineOperationKind.Refund => new ExpenditureRefund(id, Target(), AmountWon),
            _ => throw new InvalidOperationException($"Unknown stored operation kind {Kind}."),
        };
    }

    private OperationId Target() =>
        OperationId.Parse(TargetId ?? throw new InvalidOperationException($"Stored {Kind} operation {Id} has no target id."));
}
