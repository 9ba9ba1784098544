namespace LoFin.Workflows.Approval;

/// <summary>
/// How the line ended: the outcome, the document as last submitted, every signature in
/// order (all rounds), every escalation, the route, and the 전결 step when the final
/// approver was below the head of the government.
/// </summary>
public sealed record ApprovalLineOutput(
    ApprovalOutcome Outcome,
    ApprovalDocument Document,
    IReadOnlyList<ApprovalSignature> Signatures,
    IReadOnlyList<ApprovalEscalation> Escalations,
    ApprovalRoute Route,
    int? DelegatedStep,
    int Rounds);
