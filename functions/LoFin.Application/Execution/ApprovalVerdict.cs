namespace LoFin.Application.Execution;

/// <summary>How an execution document's approval line (결재선) ended, as its use case needs to know.</summary>
public enum ApprovalVerdict
{
    Approved,
    Rejected,
    Withdrawn,
}
