namespace LoFin.Workflows.Approval;

public enum ApprovalNotificationKind
{
    /// <summary>A step is now yours to decide.</summary>
    AssignedForDecision,

    /// <summary>An overdue step was handed to you (as deputy or superior).</summary>
    EscalatedToYou,

    /// <summary>Your step is overdue and nobody is above you in the line.</summary>
    DeadlineReminder,

    /// <summary>Your document was returned for revision.</summary>
    ReturnedForRevision,
}
