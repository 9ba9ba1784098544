namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// One commitment (원인행위) as it stands. Gross figures, so every step is visible:
/// <see cref="NetWon"/> is what it still holds of the allotment after releases and refunds.
/// </summary>
public readonly record struct CommitmentView(
    OperationId Id,
    CommitmentStatus Status,
    long RequestedWon,
    long PostedWon,
    long ReducedWon,
    long ResolvedWon,
    long RefundedWon)
{
    /// <summary>What it reserves while pending; zero once posted or voided.</summary>
    public long PendingWon => Status == CommitmentStatus.Pending ? RequestedWon : 0;

    /// <summary>Posted, less reductions and refunds: its share of the line's committed amount.</summary>
    public long NetWon => PostedWon - ReducedWon - RefundedWon;

    /// <summary>What a 지출결의 or a reduction may still take.</summary>
    public long UnresolvedWon => PostedWon - ReducedWon - ResolvedWon;
}
