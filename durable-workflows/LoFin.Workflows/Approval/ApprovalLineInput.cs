namespace LoFin.Workflows.Approval;

/// <summary>
/// Starts an approval line: the document, its drafter (기안자) and the line in order —
/// reviewers (검토자) first, then the officials who may be final approver (결재권자). The
/// 전결 rules decide which of them signs as final; leave <see cref="DelegationRules"/> null
/// to use the configured table for the document's kind.
/// </summary>
public sealed record ApprovalLineInput(
    ApprovalDocument Document,
    Official Drafter,
    IReadOnlyList<ApprovalLineMember> Line,
    IReadOnlyList<DelegationRule>? DelegationRules = null,
    int? StepDeadlineBusinessDays = null);
