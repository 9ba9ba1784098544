namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>
/// The app with a known webhook secret and without its message pump, so the messages the intake
/// enqueues stay on the queue for the test to find (no queue function consumes them yet).
/// </summary>
public sealed class BankWebhookAppFixture : IDisposable
{
    public const string Secret = RunningBankSimulator.Secret;

    public LoFinAppFactory App { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Bank:WebhookSecret"] = Secret,
        ["LoFin:RunBackgroundTriggers"] = "false",
    });

    public void Dispose()
    {
        App.Dispose();
        App.DeleteData();
    }
}
