namespace LoFin.Workflows.Approval;

/// <summary>A message to one participant of a line. <see cref="EscalatedFromUserId"/> names whose overdue step it was.</summary>
public sealed record ApprovalNotification(
    ApprovalNotificationKind Kind,
    string RecipientUserId,
    ApprovalDocument Document,
    int Round,
    int Step,
    DateTimeOffset? DueAt,
    string? Comment = null,
    string? EscalatedFromUserId = null);
