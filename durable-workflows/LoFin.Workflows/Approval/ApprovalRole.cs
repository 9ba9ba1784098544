namespace LoFin.Workflows.Approval;

public enum ApprovalRole
{
    /// <summary>기안자.</summary>
    Drafter,

    /// <summary>검토자.</summary>
    Reviewer,

    /// <summary>결재권자 (or 전결권자).</summary>
    FinalApprover,
}
