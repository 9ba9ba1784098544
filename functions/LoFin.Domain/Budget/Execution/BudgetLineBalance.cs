namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A line's budget view (예산회계) at one moment. Committed, resolved and paid are net of
/// refunds (지출반납 gives the money back to the line); <see cref="RefundedWon"/> is the
/// running total of refunds for reports. The limits say:
/// pending + committed ≤ allotted ≤ budget, resolved ≤ committed, paid ≤ resolved.
/// </summary>
public readonly record struct BudgetLineBalance(
    long BudgetWon,
    long AllottedWon,
    long PendingWon,
    long CommittedWon,
    long ResolvedWon,
    long PaidWon,
    long RefundedWon)
{
    /// <summary>예산현액 not yet allotted.</summary>
    public long UnallottedWon => BudgetWon - AllottedWon;

    /// <summary>배정잔액: allotment neither pending nor committed, what a new commitment may take.</summary>
    public long AvailableWon => AllottedWon - PendingWon - CommittedWon;

    /// <summary>원인행위 잔액: posted commitments not yet resolved.</summary>
    public long UnresolvedWon => CommittedWon - ResolvedWon;

    /// <summary>미지급: resolved and not yet paid (the payable).</summary>
    public long UnpaidWon => ResolvedWon - PaidWon;
}
