namespace LoFin.Application.Payments.Bank;

/// <summary>예금주 조회: is this account open at this bank and does it bear this name?</summary>
/// <param name="BankCode">3-digit 금융결제원 standard code, e.g. <c>004</c>.</param>
/// <param name="AccountNumber">Digits only, 6–16 of them.</param>
public sealed record AccountVerificationRequest(string BankCode, string AccountNumber, string HolderName);
