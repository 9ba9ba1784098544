namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>The app calling a real simulator for 예금주 조회.</summary>
public sealed class VerificationAppFixture : IAsyncLifetime
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
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        App.DeleteData();
        await Bank.DisposeAsync();
    }
}
