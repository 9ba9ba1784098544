namespace LoFin.Workflows.Approval;

/// <summary>
/// The external events an approval line takes, raised with the signed-in user as the cause
/// (the decider is the cause, never a field of the payload).
/// </summary>
public static class ApprovalLineEvents
{
    /// <summary>Payload <see cref="ApprovalDecision"/>, from the current step's assignee.</summary>
    public const string Decision = "decision";

    /// <summary>Payload <see cref="ApprovalResubmission"/>, from the drafter after the document was returned.</summary>
    public const string Resubmit = "resubmit";

    /// <summary>Payload <see cref="ApprovalWithdrawal"/> (or none), from the drafter while the line runs.</summary>
    public const string Withdraw = "withdraw";
}
