namespace LoFin.Domain.Budget.Execution;

/// <summary>The ledger's mutable state of one payment.</summary>
internal sealed class PaymentRecord(OperationId id, ResolutionRecord resolution, long amountWon)
{
    public OperationId Id { get; } = id;

    public ResolutionRecord Resolution { get; } = resolution;

    public long AmountWon { get; } = amountWon;

    public long RefundedWon { get; set; }

    public PaymentView View => new(Id, Resolution.Id, AmountWon, RefundedWon);
}
