using LoFin.Application.Execution;
using LoFin.Application.Execution.Resolutions;

namespace LoFin.Functions.Http.Execution;

public sealed record ResolutionView(
    string ResolutionId,
    string CommitmentId,
    string LineKey,
    int FiscalYear,
    string FiscalAccountCode,
    string Title,
    long AmountWon,
    PayeeView Payee,
    string VerificationId,
    ExecutionStatus Status,
    string? RefusalMessage,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string ApprovalInstanceId,
    string? DecidedBy,
    DateTimeOffset? DecidedAt)
{
    public static ResolutionView From(ResolutionDocument r) => new(r.ResolutionId, r.CommitmentId, r.LineKey, r.FiscalYear, r.FiscalAccountCode, r.Title,
        r.AmountWon, PayeeView.From(r.Payee), r.VerificationId, r.Status, r.RefusalMessage, r.DraftedBy, r.DraftedAt, r.ApprovalInstanceId, r.DecidedBy, r.DecidedAt);
}
