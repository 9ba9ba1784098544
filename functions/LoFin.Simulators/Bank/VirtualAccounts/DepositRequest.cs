namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>A simulated deposit as sent, kept under its deposit id so a repeat is recognised.</summary>
public sealed record DepositRequest(string DepositId, string VirtualAccountNumber, long AmountWon, string DepositorName);
