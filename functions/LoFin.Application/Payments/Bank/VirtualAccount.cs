namespace LoFin.Application.Payments.Bank;

/// <summary>A virtual account with every deposit so far.</summary>
/// <param name="VirtualAccountNumber">14 digits at the treasury bank (097).</param>
/// <param name="HolderName">What the payer's bank shows, e.g. <c>서울특별시(홍길동)</c>.</param>
public sealed record VirtualAccount(
    string VirtualAccountNumber,
    string BankCode,
    string BankName,
    string HolderName,
    string ReferenceId,
    string CollectingAccountNumber,
    long AmountWon,
    long PaidWon,
    long RemainingWon,
    VirtualAccountAmountPolicy AmountPolicy,
    VirtualAccountStatus Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<VirtualAccountDeposit> Deposits);
