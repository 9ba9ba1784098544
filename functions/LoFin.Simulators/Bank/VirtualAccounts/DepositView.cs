namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>
/// A deposit into a virtual account: the answer to the simulated deposit and the data of the
/// 입금 통지 webhook. Sequence and the running totals let a receiver that gets notices out of
/// order, or misses one, tell where the account stands.
/// </summary>
/// <param name="Sequence">1 for the account's first deposit, then 2, 3, …</param>
/// <param name="PaidWon">Paid into the account so far, this deposit included.</param>
/// <param name="RemainingWon">Still due after this deposit.</param>
/// <param name="VirtualAccountStatus">The account's status after this deposit.</param>
public sealed record DepositView(
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
