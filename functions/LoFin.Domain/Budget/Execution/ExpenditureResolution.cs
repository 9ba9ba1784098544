namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// 지출결의 against a posted commitment, at most its unresolved amount. Its id is the resolution's id;
/// the journal recognises the expense (or asset) and the payable here.
/// </summary>
public sealed record ExpenditureResolution(OperationId Id, OperationId CommitmentId, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "지출결의";
}
