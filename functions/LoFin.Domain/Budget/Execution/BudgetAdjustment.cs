namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Changes the line's 예산현액 by <paramref name="DeltaWon"/> (본예산, 추경, 전용, 이월 all arrive as changes).
/// It may not fall below the allotment.
/// </summary>
public sealed record BudgetAdjustment(OperationId Id, long DeltaWon) : ExecutionOperation(Id)
{
    public override string KindName => "예산현액 변경";
}
