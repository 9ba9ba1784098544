namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Money paid out by the 금고 against a 지출결의 (recorded when the bank confirms the transfer), at most
/// the resolution's unpaid amount. Its id is the payment's id.
/// </summary>
public sealed record Payment(OperationId Id, OperationId ResolutionId, long AmountWon) : ExecutionOperation(Id)
{
    public override string KindName => "지급";
}
