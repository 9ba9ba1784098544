namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Phase two: posts a pending commitment for <paramref name="AmountWon"/>, at most the pending
/// amount; anything less releases the rest to the allotment (the contract came in under the
/// estimate).
/// </summary>
public sealed record CommitmentPosting(OperationId Id, OperationId CommitmentId, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "원인행위 확정";
}
