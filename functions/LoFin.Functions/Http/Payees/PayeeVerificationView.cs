using LoFin.Application.Payments.Bank;
using LoFin.Application.Payments.Payees;

namespace LoFin.Functions.Http.Payees;

/// <summary>The answer to 예금주 조회, masked as the bank masked it, with the id a payment can cite.</summary>
public sealed record PayeeVerificationView(
    string VerificationId,
    string BankCode,
    string BankName,
    string AccountNumberMasked,
    string? HolderNameMasked,
    AccountVerificationResult Result,
    string ResponseCode,
    string Message,
    DateTimeOffset VerifiedAt)
{
    public static PayeeVerificationView From(PayeeVerificationRecord record) => new(
        record.VerificationId, record.BankCode, record.BankName, record.AccountNumberMasked, record.HolderNameMasked,
        record.Result, record.ResponseCode, record.ResponseMessage, record.VerifiedAt);
}
