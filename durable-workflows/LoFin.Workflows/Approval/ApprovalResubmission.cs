namespace LoFin.Workflows.Approval;

/// <summary>The drafter's revision of a returned document: same kind and id; title and amount may change (and with the amount, the 전결 step).</summary>
public sealed record ApprovalResubmission(ApprovalDocument Document, string? Comment = null);
