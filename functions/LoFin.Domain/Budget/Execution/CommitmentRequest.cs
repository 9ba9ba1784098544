namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// 지출원인행위, phase one: reserves <paramref name="AmountWon"/> of the allotment as a pending
/// commitment while the contract or grant decision is approved. Its id is the commitment's id.
/// </summary>
public sealed record CommitmentRequest(OperationId Id, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "지출원인행위";
}
