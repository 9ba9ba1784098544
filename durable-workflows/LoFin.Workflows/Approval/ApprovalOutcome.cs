namespace LoFin.Workflows.Approval;

public enum ApprovalOutcome
{
    Approved,
    Rejected,
    Withdrawn,
}
