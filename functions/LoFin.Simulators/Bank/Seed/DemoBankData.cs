using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Seed;

/// <summary>The accounts the simulated bank starts with.</summary>
public sealed record DemoBankData(IReadOnlyList<BankAccount> GovernmentAccounts, IReadOnlyList<DemoPayee> Payees);
