namespace LoFin.Application.Payments.Bank;

/// <summary>A deposit into a virtual account, as the status query and the 입금 통지 show it.</summary>
/// <param name="Sequence">1 for the account's first deposit, then 2, 3, …</param>
/// <param name="PaidWon">Paid so far, this deposit included.</param>
/// <param name="RemainingWon">Still due after this deposit.</param>
/// <param name="VirtualAccountStatus">The account's status after this deposit.</param>
public sealed record VirtualAccountDeposit(
    string DepositId,
    string VirtualAccountNumber,
    string ReferenceId,
    string CollectingAccountNumber,
    long AmountWon,
    string DepositorNameMasked,
    int Sequence,
    long PaidWon,
    long RemainingWon,
    VirtualAccountStatus VirtualAccountStatus,
    string BankTransactionId,
    DateTimeOffset DepositedAt);
