namespace LoFin.Workflows.Approval;

/// <summary>
/// One step of the line: the official who decides it and, optionally, the deputy (대결자)
/// who takes the step over when its deadline passes.
/// </summary>
public sealed record ApprovalLineMember(Official Official, Official? Deputy = null);
