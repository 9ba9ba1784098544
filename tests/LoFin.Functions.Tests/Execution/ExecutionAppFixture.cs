using LoFin.Functions.Tests.TreasuryBank;

namespace LoFin.Functions.Tests.Execution;

/// <summary>
/// The app in-process with a real bank simulator for 예금주 조회 and transfers. The bank's
/// webhooks cannot reach an in-process app, so payments stop at "sent" here; the walk to paid
/// runs against the app as a process (<see cref="ExpenditureToPaidProcessTests"/>).
/// </summary>
public sealed class ExecutionAppFixture : IAsyncLifetime
{
    public RunningBankSimulator Bank { get; private set; } = null!;

    public LoFinAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bank = await RunningBankSimulator.StartAsync();
        App = new LoFinAppFactory(settings: new Dictionary<string, string?>
        {
            ["Bank:BaseUrl"] = Bank.BaseUrl,
            ["Bank:WebhookSecret"] = RunningBankSimulator.Secret,
        });
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        App.DeleteData();
        await Bank.DisposeAsync();
    }
}
