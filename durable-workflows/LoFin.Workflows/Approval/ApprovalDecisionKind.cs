namespace LoFin.Workflows.Approval;

public enum ApprovalDecisionKind
{
    /// <summary>승인: pass to the next step, or — at the final step — approve the document.</summary>
    Approve,

    /// <summary>불승인: end the line; the document is not approved. A comment is required.</summary>
    Reject,

    /// <summary>반려·보완 요구: back to the drafter for revision. A comment is required.</summary>
    Return,
}
