namespace LoFin.Domain.Budget.Execution;

/// <summary>One payment as it stands.</summary>
public readonly record struct PaymentView(OperationId Id, OperationId ResolutionId, long AmountWon, long RefundedWon)
{
    public long RefundableWon => AmountWon - RefundedWon;
}
