namespace LoFin.Domain.Budget.Execution;

/// <summary>One 지출결의 as it stands, gross: refunds are counted apart from payments.</summary>
public readonly record struct ResolutionView(OperationId Id, OperationId CommitmentId, long AmountWon, long PaidWon, long RefundedWon)
{
    /// <summary>What may still be paid: refunded money is not paid again on this resolution.</summary>
    public long UnpaidWon => AmountWon - PaidWon;
}
