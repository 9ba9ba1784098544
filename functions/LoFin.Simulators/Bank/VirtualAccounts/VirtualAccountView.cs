namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>A virtual account as the issue and status answers show it, with every deposit so far.</summary>
public sealed record VirtualAccountView(
    string VirtualAccountNumber,
    string BankCode,
    string BankName,
    string HolderName,
    string ReferenceId,
    string CollectingAccountNumber,
    long AmountWon,
    long PaidWon,
    long RemainingWon,
    AmountPolicy AmountPolicy,
    VirtualAccountStatus Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<DepositView> Deposits);
