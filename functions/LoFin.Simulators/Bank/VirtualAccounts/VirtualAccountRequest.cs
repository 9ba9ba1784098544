namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>An issue request as sent, kept so that the same reference id sent again can be compared with it.</summary>
public sealed record VirtualAccountRequest(
    string ReferenceId,
    string CollectingAccountNumber,
    long AmountWon,
    DateTimeOffset ExpiresAt,
    string? PayerName,
    AmountPolicy AmountPolicy);
