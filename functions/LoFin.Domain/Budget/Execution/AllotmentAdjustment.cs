namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Allots (배정) more of the budget to the line, or withdraws allotment with a negative
/// <paramref name="DeltaWon"/>; never above the budget nor below the commitments.
/// </summary>
public sealed record AllotmentAdjustment(OperationId Id, long DeltaWon) : ExecutionOperation(Id)
{
    public override string KindName => "예산배정";
}
