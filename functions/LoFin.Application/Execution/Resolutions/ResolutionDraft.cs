using LoFin.Application.Payments;

namespace LoFin.Application.Execution.Resolutions;

public sealed record ResolutionDraft(string ResolutionId, string CommitmentId, string Title, long AmountWon, Payee Payee, string ApprovalInstanceId);
