namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The ledger's mutable state of one payment, by value like <see cref="CommitmentRecord"/>.
/// </summary>
internal struct PaymentRecord(OperationId resolutionId, long amountWon)
{
    public readonly OperationId ResolutionId = resolutionId;
    public readonly long AmountWon = amountWon;
    public long RefundedWon;

    public readonly PaymentView View(OperationId id) => new(id, ResolutionId, AmountWon, RefundedWon);
}
