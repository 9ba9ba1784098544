namespace LoFin.Workflows.Approval;

/// <summary>The drafter takes the document back (회수).</summary>
public sealed record ApprovalWithdrawal(string? Comment = null);
