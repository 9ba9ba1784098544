namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>One simulator per test class; tests keep apart by their own ids.</summary>
public sealed class BankSimulatorFixture : IAsyncLifetime
{
    public RunningBankSimulator Bank { get; private set; } = null!;

    public async Task InitializeAsync() => Bank = await RunningBankSimulator.StartAsync();

    public async Task DisposeAsync() => await Bank.DisposeAsync();
}
