using LoFin.Application.Documents;
using LoFin.Application.Payments;

namespace LoFin.Application.Execution.Resolutions;

/// <summary>
/// A 지출결의 as drafted and decided: what to pay against which commitment, to whom (the account
/// the bank confirmed, <see cref="VerificationId"/>). Approval records it in the ledger (Dr 비용 /
/// Cr 미지급금) and opens its payable (<see cref="ExpenditureDocument"/>) for a 지급명령.
/// </summary>
public sealed record ResolutionDocument(
    string ResolutionId,
    string CommitmentId,
    string LineKey,
    int FiscalYear,
    string FiscalAccountCode,
    string Title,
    long AmountWon,
    Payee Payee,
    string VerificationId,
    ExecutionStatus Status,
    string? RefusalMessage,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string ApprovalInstanceId,
    string? DecidedBy,
    DateTimeOffset? DecidedAt) : IDocumentBody
{
    public static string DocumentType => "resolution";

    public static string IdFor(string resolutionId) => "resolution:" + resolutionId;
}
