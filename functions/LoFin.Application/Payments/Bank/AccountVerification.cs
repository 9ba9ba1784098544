namespace LoFin.Application.Payments.Bank;

/// <summary>The bank's answer to 예금주 조회, masked as the bank masks it.</summary>
/// <param name="AccountNumberMasked">Last four digits shown: <c>********8455</c>.</param>
/// <param name="HolderNameMasked">The bank's own name for the holder, masked (<c>김*수</c>); null when there is no such account.</param>
/// <param name="ResponseMessage">Korean, e.g. <c>예금주 불일치</c>.</param>
public sealed record AccountVerification(
    string BankCode,
    string BankName,
    string AccountNumberMasked,
    AccountVerificationResult Result,
    string? HolderNameMasked,
    string ResponseCode,
    string ResponseMessage,
    DateTimeOffset VerifiedAt);
