namespace LoFin.Domain.Budget.Execution;

/// <summary>The ledger's mutable state of one 지출결의, by value like <see cref="CommitmentRecord"/>.</summary>
internal struct ResolutionRecord(OperationId commitmentId, long amountWon)
{
    public readonly OperationId CommitmentId = commitmentId;
    public readonly long AmountWon = amountWon;
    public long PaidWon;
    public long RefundedWon;

    public readonly ResolutionView View(OperationId id) => new(id, CommitmentId, AmountWon, PaidWon, RefundedWon);
}
