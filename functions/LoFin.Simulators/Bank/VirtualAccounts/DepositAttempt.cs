namespace LoFin.Simulators.Bank.VirtualAccounts;

public sealed record DepositAttempt(DepositOutcome Outcome, DepositView? Deposit = null, DepositRefusal? Refusal = null);
