namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// 지출반납: paid money returned to the line (overpayment, unspent subsidy). It undoes that much of the
/// payment, its resolution and its commitment, so the allotment can be used again.
/// </summary>
public sealed record ExpenditureRefund(OperationId Id, OperationId PaymentId, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "지출반납";
}
