namespace LoFin.Domain.Budget.Execution;

/// <summary>The ledger's mutable state of one 지출결의, holding its commitment so a refund can reach it without a lookup.</summary>
internal sealed class ResolutionRecord(OperationId id, CommitmentRecord commitment, long amountWon)
{
    public OperationId Id { get; } = id;

    public CommitmentRecord Commitment { get; } = commitment;

    public long AmountWon { get; } = amountWon;

    public long PaidWon { get; set; }

    public long RefundedWon { get; set; }

    public ResolutionView View => new(Id, Commitment.Id, AmountWon, PaidWon, RefundedWon);
}
