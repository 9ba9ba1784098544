namespace LoFin.Workflows.Approval;

/// <summary>A step's deadline passed without a decision, and what was done about it.</summary>
public sealed record ApprovalEscalation(
    int Round,
    int Step,
    ApprovalEscalationKind Kind,
    string FromUserId,
    string ToUserId,
    DateTimeOffset MissedDueAt,
    DateTimeOffset At);
