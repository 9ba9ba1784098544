namespace LoFin.Workflows.Approval;

public enum ApprovalSignatureKind
{
    /// <summary>기안.</summary>
    Drafted,

    /// <summary>재기안: a revision after the document was returned.</summary>
    Resubmitted,

    /// <summary>검토: a reviewer approved and passed it on.</summary>
    Reviewed,

    /// <summary>결재: the head of the government signed as final approver.</summary>
    Approved,

    /// <summary>전결: an official below the head signed as final approver under the 전결 rules.</summary>
    ApprovedDelegated,

    /// <summary>불승인: the line ends, the document is not approved.</summary>
    Rejected,

    /// <summary>반려·보완 요구: back to the drafter for revision.</summary>
    Returned,

    /// <summary>회수: the drafter took the document back.</summary>
    Withdrawn,
}
