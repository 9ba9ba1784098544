using LoFin.Application.Documents;
using LoFin.Application.Payments.Bank;

namespace LoFin.Application.Payments.Payees;

/// <summary>
/// Proof that an official checked a payee's account with the bank (예금주 조회) before paying it: a
/// payment can name this record. Personal data is kept as the bank masked it and no more: neither
/// the full account number nor the name the official typed is stored, only the bank's masked
/// answer, its result and when and by whom it was asked.
/// </summary>
/// <param name="HolderNameMasked">The bank's own name for the holder, masked; null when there is no such account.</param>
/// <param name="VerifiedBy">The official's user id.</param>
public sealed record PayeeVerificationRecord(
    string VerificationId,
    string BankCode,
    string BankName,
    string AccountNumberMasked,
    string? HolderNameMasked,
    AccountVerificationResult Result,
    string ResponseCode,
    string ResponseMessage,
    DateTimeOffset VerifiedAt,
    string VerifiedBy) : IDocumentBody
{
    public static string DocumentType => "payee-verification";

    public static string NewId() => "payee-verification-" + Guid.CreateVersion7().ToString("N");
}
