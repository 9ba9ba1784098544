namespace LoFin.Domain.Budget.Formulation;

/// <summary>Where a 전용 request is: on its approval line, or decided.</summary>
public enum TransferStatus
{
    /// <summary>결재 중.</summary>
    PendingApproval = 1,

    /// <summary>승인: the execution ledgers move the amount.</summary>
    Approved = 2,

    /// <summary>반려 (rejected on the line).</summary>
    Rejected = 3,

    /// <summary>회수 by the drafter, or the line ended without a decision.</summary>
    Withdrawn = 4,
}
