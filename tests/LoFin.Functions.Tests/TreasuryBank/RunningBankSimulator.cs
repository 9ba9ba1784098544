using LoFin.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>
/// The real treasury bank simulator on a free loopback port, in this process: the adapter meets it
/// over real HTTP. Every fault is off and settlement is quick unless a test says otherwise, whatever
/// the simulator's demo appsettings.json says.
/// </summary>
public sealed class RunningBankSimulator : IAsyncDisposable
{
    public const string Secret = "test-bank-webhook-secret-0123456789";

    private static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["LOFIN_SIM_PORT"] = "0",
        ["Sim:Bank:WebhookSecret"] = Secret,
        ["Sim:Bank:SettlementDelayMs"] = "20",
        ["Sim:Bank:Faults:DuplicateRate"] = "0",
        ["Sim:Bank:Faults:OutOfOrderRate"] = "0",
        ["Sim:Bank:Faults:LossRate"] = "0",
        ["Sim:Bank:Faults:TransferFailureRate"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly WebApplication _app;

    private RunningBankSimulator(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/bank/v1</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<RunningBankSimulator> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(Defaults);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }
        var app = SimulatorApp.Build([.. merged.Select(s => $"--{s.Key}={s.Value}")]);
        await app.StartAsync();
        var address = app.Urls.Single().TrimEnd('/');
        return new RunningBankSimulator(app, address + "/bank/v1");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
