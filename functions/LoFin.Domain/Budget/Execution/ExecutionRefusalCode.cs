namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Why an operation was refused. Stable names for clients and problem-details types; the
/// application maps <see cref="ExistsWithDifferentContent"/> to 409 Conflict and the others
/// to 422 (the request is well formed but breaks a rule or names something that is not on
/// this line).
/// </summary>
public enum ExecutionRefusalCode
{
    /// <summary>
    /// An amount is not positive, or a change is zero, or it exceeds
    /// <see cref="ExecutionLimits.MaxAmountWon"/>.
    /// </summary>
    AmountOutOfRange = 1,

    /// <summary>The line's 예산현액 would exceed <see cref="ExecutionLimits.MaxAmountWon"/>.</summary>
    LineBudgetLimitExceeded,

    /// <summary>배정 would exceed 예산현액 (or 예산현액 fall below 배정).</summary>
    AllotmentExceedsBudget,

    /// <summary>Pending plus posted commitments would exceed 배정.</summary>
    CommitmentsExceedAllotment,

    /// <summary>No commitment with that id on this line.</summary>
    CommitmentNotFound,

    /// <summary>The commitment was already posted or voided, so it cannot be posted or voided.</summary>
    CommitmentNotPending,

    /// <summary>
    /// The commitment is pending or voided, so nothing can be resolved against it or released from
    /// it.
    /// </summary>
    CommitmentNotPosted,

    /// <summary>Posting more than the pending amount.</summary>
    PostingExceedsPending,

    /// <summary>Resolutions (or a reduction) would exceed the posted commitment.</summary>
    ResolutionExceedsCommitment,

    /// <summary>No 지출결의 with that id on this line.</summary>
    ResolutionNotFound,

    /// <summary>Payments would exceed the 지출결의.</summary>
    PaymentExceedsResolution,

    /// <summary>No payment with that id on this line.</summary>
    PaymentNotFound,

    /// <summary>Refunds (지출반납) would exceed what was paid.</summary>
    RefundExceedsPayment,

    /// <summary>
    /// The id was already used by an operation with other content (TigerBeetle's
    /// exists_with_different_*).
    /// </summary>
    ExistsWithDifferentContent,
}
