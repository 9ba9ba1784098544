using LoFin.Application.Documents;

namespace LoFin.Application.Payments;

/// <summary>
/// 지급명령: the 지출원's order to the 금고 to pay a list of approved resolutions from one 회계's
/// account. Its id is the bank batch id and its payments' ids are the bank transfer ids, all
/// made and saved before anything is sent, so a resend after a crash is the same batch to the
/// bank and nothing is paid twice.
/// </summary>
public sealed record PaymentOrderDocument(
    string OrderId,
    int FiscalYear,
    string FiscalAccountCode,
    string FromAccountNumber,
    IReadOnlyList<string> ResolutionIds,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    PaymentOrderStatus Status,
    IReadOnlyList<string> PaymentIds,
    IReadOnlyList<ExcludedPayment> Excluded,
    long TotalWon,
    string? ApprovedBy,
    DateTimeOffset? SentAt,
    int AcceptedCount,
    int RejectedCount,
    int SucceededCount,
    int FailedCount,
    DateTimeOffset? SettledAt) : IDocumentBody
{
    public static string DocumentType => "payment-order";
}
