namespace LoFin.Domain.Budget.Execution;

/// <summary>Releases part of a posted commitment that was not resolved (계약 감액 변경, 집행잔액 정리).</summary>
public sealed record CommitmentReduction(OperationId Id, OperationId CommitmentId, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "원인행위 감액";
}
