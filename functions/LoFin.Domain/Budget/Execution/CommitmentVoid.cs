namespace LoFin.Domain.Budget.Execution;

/// <summary>Phase two the other way: voids a pending commitment and releases all of it.</summary>
public sealed record CommitmentVoid(OperationId Id, OperationId CommitmentId) : ExecutionOperation(Id)
{
    public override string KindName => "원인행위 취소";
}
