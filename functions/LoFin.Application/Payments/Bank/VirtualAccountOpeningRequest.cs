namespace LoFin.Application.Payments.Bank;

/// <summary>가상계좌 발급 for one notice or refund.</summary>
/// <param name="ReferenceId">Made by the app, tenant-prefixed (<see cref="BankReferenceIds"/>); the same request under it again returns the same account.</param>
/// <param name="CollectingAccountNumber">The government 회계 account the money is credited to.</param>
/// <param name="ExpiresAt">In the future and within 400 days.</param>
public sealed record VirtualAccountOpeningRequest(
    string ReferenceId,
    string CollectingAccountNumber,
    long AmountWon,
    DateTimeOffset ExpiresAt,
    string? PayerName,
    VirtualAccountAmountPolicy AmountPolicy = VirtualAccountAmountPolicy.Exact);
