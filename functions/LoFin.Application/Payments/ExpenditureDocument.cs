using LoFin.Application.Documents;

namespace LoFin.Application.Payments;

/// <summary>
/// An approved 지출결의 as the payment side sees it: what is owed to whom, from which line, and
/// where its payment stands. At most one payment is active at a time
/// (<see cref="ActivePaymentId"/>), which is what keeps a resolution from being ordered twice;
/// a failed transfer clears it so the payable can be ordered again under a new transfer id.
/// </summary>
public sealed record ExpenditureDocument(
    string ResolutionId,
    string LineKey,
    string CommitmentId,
    string Title,
    long AmountWon,
    Payee Payee,
    ExpenditureStatus Status,
    string? ActivePaymentId,
    int PaymentAttempts,
    string? PaidByPaymentId,
    string ApprovedBy,
    DateTimeOffset ApprovedAt) : IDocumentBody
{
    public static string DocumentType => "expenditure";

    public static string IdFor(string resolutionId) => "exp:" + resolutionId;
}
