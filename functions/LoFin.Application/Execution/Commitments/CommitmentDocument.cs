using LoFin.Application.Documents;

namespace LoFin.Application.Execution.Commitments;

/// <summary>
/// A 지출원인행위 (contract, order, grant decision) as drafted and decided. Its amount is held in
/// the line's ledger as a pending commitment from the moment it is drafted, so two drafts cannot
/// both spend the same allotment; the approval line's end posts it or voids it. What it has
/// been resolved against lives in the ledger (<c>CommitmentView</c>).
/// </summary>
public sealed record CommitmentDocument(
    string CommitmentId,
    string LineKey,
    int FiscalYear,
    string FiscalAccountCode,
    string DepartmentCode,
    string Title,
    string Counterparty,
    long AmountWon,
    long ReducedWon,
    ExecutionStatus Status,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string ApprovalInstanceId,
    string? DecidedBy,
    DateTimeOffset? DecidedAt) : IDocumentBody
{
    public static string DocumentType => "commitment";

    public static string IdFor(string commitmentId) => "commitment:" + commitmentId;
}
