namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>Why the bank refused a deposit, e.g. <c>AMOUNT_MISMATCH</c>, with the Korean text a depositor's ATM would show.</summary>
public sealed record DepositRefusal(string Code, string Message);
