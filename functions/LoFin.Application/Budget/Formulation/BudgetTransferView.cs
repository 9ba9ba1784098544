namespace LoFin.Application.Budget.Formulation;

/// <summary>A 전용 as callers see it; status is PendingApproval, Approved, Rejected or Withdrawn.</summary>
public sealed record BudgetTransferView(
    int FiscalYear,
    string TransferId,
    string FromLineKey,
    string ToLineKey,
    long AmountWon,
    string Reason,
    string Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    int BasedOnVersion,
    string ApprovalInstanceId,
    DateTimeOffset? DecidedAt)
{
    public static BudgetTransferView From(BudgetTransferDocument t) =>
        new(t.FiscalYear, t.TransferId, t.FromLineKey, t.ToLineKey, t.AmountWon, t.Reason, t.Status.ToString(), t.RequestedBy, t.RequestedAt,
            t.BasedOnVersion, t.ApprovalInstanceId, t.DecidedAt);
}
