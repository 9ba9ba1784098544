using LoFin.Application.Documents;
using LoFin.Domain.Budget.Formulation;

namespace LoFin.Application.Budget.Formulation;

/// <summary>
/// A 전용 request: move <see cref="AmountWon"/> from one line of the adopted budget to another,
/// decided on an approval line (<see cref="ApprovalInstanceId"/>). The id is the client's.
/// </summary>
public sealed record BudgetTransferDocument(
    int FiscalYear,
    string TransferId,
    string FromLineKey,
    string ToLineKey,
    long AmountWon,
    string Reason,
    TransferStatus Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    int BasedOnVersion,
    string ApprovalInstanceId,
    DateTimeOffset? DecidedAt) : IDocumentBody
{
    public static string DocumentType => "budget-transfer";

    /// <summary>Whether another request under the same id asks for the same thing (a retry).</summary>
    public bool SameRequestAs(BudgetTransferDocument other) =>
        FiscalYear == other.FiscalYear && FromLineKey == other.FromLineKey && ToLineKey == other.ToLineKey && AmountWon == other.AmountWon
        && Reason == other.Reason && RequestedBy == other.RequestedBy;
}
