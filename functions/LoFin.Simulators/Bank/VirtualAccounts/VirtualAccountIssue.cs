namespace LoFin.Simulators.Bank.VirtualAccounts;

public sealed record VirtualAccountIssue(IssueOutcome Outcome, VirtualAccountView? Account);
