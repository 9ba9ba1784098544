namespace LoFin.Workflows.Approval;

public enum ApprovalPhase
{
    /// <summary>A step of the line is waiting for its assignee's decision.</summary>
    AwaitingDecision,

    /// <summary>반려·보완: back with the drafter, who may resubmit a revision or withdraw.</summary>
    ReturnedForRevision,
}
