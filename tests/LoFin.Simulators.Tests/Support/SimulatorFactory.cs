using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Simulators.Tests.Support;

/// <summary>
/// The simulator in-process over its full HTTP pipeline. Its outgoing webhooks are real HTTP, so
/// they reach a <see cref="WebhookReceiver"/> on loopback. Every fault is off unless a test turns
/// it on, whatever appsettings.json says for demos.
/// </summary>
public sealed class SimulatorFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null) : WebApplicationFactory<Program>
{
    public const string Secret = "test-bank-webhook-secret-0123456789";

    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["Sim:Bank:WebhookSecret"] = Secret,
        ["Sim:Bank:SettlementDelayMs"] = "20",
        ["Sim:Bank:Webhooks:FirstRetryDelayMs"] = "20",
        ["Sim:Bank:Webhooks:MaxRetryDelayMs"] = "100",
        ["Sim:Bank:Webhooks:TimeoutMs"] = "5000",
        ["Sim:Bank:Faults:Seed"] = "7",
        ["Sim:Bank:Faults:DuplicateRate"] = "0",
        ["Sim:Bank:Faults:OutOfOrderRate"] = "0",
        ["Sim:Bank:Faults:LossRate"] = "0",
        ["Sim:Bank:Faults:TransferFailureRate"] = "0",
        ["Sim:Bank:Faults:MaxReorderDelayMs"] = "300",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var merged = new Dictionary<string, string?>(Defaults);
        foreach (var (key, value) in settings)
        {
            merged[key] = value;
        }
        foreach (var (key, value) in merged)
        {
            builder.UseSetting(key, value);
        }
        if (time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }
    }
}
