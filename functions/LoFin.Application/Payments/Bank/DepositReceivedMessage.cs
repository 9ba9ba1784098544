using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// Queue <see cref="BankMessages.DepositReceived"/>: a verified 입금 통지. Notices of one account may
/// arrive out of order or not at all; <see cref="Sequence"/> and the running totals tell where the
/// account stands.
/// </summary>
/// <param name="Sequence">1 for the account's first deposit, then 2, 3, …</param>
/// <param name="PaidWon">Paid so far, this deposit included.</param>
/// <param name="RemainingWon">Still due after this deposit.</param>
/// <param name="Status">The virtual account's status after this deposit.</param>
public sealed record DepositReceivedMessage(
    TenantId TenantId,
    string EventId,
    string DepositId,
    string VirtualAccountNumber,
    string ReferenceId,
    long AmountWon,
    int Sequence,
    long PaidWon,
    long RemainingWon,
    VirtualAccountStatus Status,
    string BankTransactionId,
    DateTimeOffset DepositedAt);
