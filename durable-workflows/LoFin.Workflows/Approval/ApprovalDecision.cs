namespace LoFin.Workflows.Approval;

/// <summary>
/// A decision on one step. <see cref="Round"/> and <see cref="Step"/> name the step the
/// decider saw; a decision for a step that is no longer current is late and changes nothing.
/// </summary>
public sealed record ApprovalDecision(ApprovalDecisionKind Decision, int Round, int Step, string? Comment = null);
