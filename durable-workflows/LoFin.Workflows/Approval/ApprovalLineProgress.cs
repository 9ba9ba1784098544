namespace LoFin.Workflows.Approval;

/// <summary>
/// The custom status of a running line: who must act and by when. A "결재 대기함" lists
/// Running ApprovalLine instances whose <c>customStatus.assigneeUserId</c> is the user.
/// </summary>
public sealed record ApprovalLineProgress(
    ApprovalPhase Phase,
    int Round,
    int Step,
    int FinalStep,
    string AssigneeUserId,
    string AssigneeName,
    string? ActingForUserId,
    DateTimeOffset? DueAt,
    string DocumentKind,
    string DocumentId,
    long AmountWon);
