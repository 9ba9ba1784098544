using LoFin.Simulators.Bank;
using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Bank.Http;
using LoFin.Simulators.Bank.Scheduling;
using LoFin.Simulators.Bank.Seed;
using LoFin.Simulators.Bank.Transfers;
using LoFin.Simulators.Bank.VirtualAccounts;
using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Hosting;

/// <summary>
/// The simulator process, built but not started: the treasury bank's services and endpoints on
/// 127.0.0.1:<c>LOFIN_SIM_PORT</c> (7072). Its state lives in this process only, so it outlives
/// the app's crashes and restarts, as a real bank does, and starts afresh with it.
/// </summary>
public static class SimulatorApp
{
    public const string DefaultPort = "7072";

    /// <summary>A batch of the largest allowed size is about 300 KB; nothing the bank reads is larger than this.</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        // Settings come from beside the executable whatever the working directory (run.sh starts it from the repository root).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var port = builder.Configuration["LOFIN_SIM_PORT"] ?? DefaultPort;
        var host = builder.Configuration["LOFIN_SIM_HOST"] ?? "127.0.0.1";
        builder.WebHost.UseUrls($"http://{host}:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);

        var options = new TreasuryBankOptions();
        builder.Configuration.GetSection(TreasuryBankOptions.Section).Bind(options);
        options.Validate();
        AddTreasuryBank(builder.Services, options);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<SimulatorExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(json => BankJson.Configure(json.SerializerOptions));
        // Unreadable bodies throw, so the exception handler can name the JSON path at fault.
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi("v1");

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/bank/openapi/{documentName}.json");
        BankEndpoints.MapAll(app);
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Treasury bank simulator ({BankCode} {BankName}) on {Urls}; callback {CallbackUrl}; {Governments} government accounts, {Payees} payees.",
            KoreanBanks.TreasuryBankCode, KoreanBanks.TreasuryBankName, string.Join(", ", app.Urls), options.CallbackUrl ?? "(none yet)",
            app.Services.GetRequiredService<AccountDirectory>().GovernmentAccounts.Count, options.DemoPayeeCount));
        return app;
    }

    private static void AddTreasuryBank(IServiceCollection services, TreasuryBankOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new AccountDirectory(DemoBankSeed.Create(options.DemoPayeeCount)));
        services.AddSingleton(_ => new FaultInjector(options.Faults.ToSettings()));
        services.AddSingleton(_ => new CallbackRegistration(options.CallbackUrl));
        services.AddSingleton<BankIdentifiers>();
        services.AddSingleton<BankStatistics>();
        services.AddSingleton<DueQueue>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<BankEventPublisher>();
        services.AddSingleton<TransferSettlement>();
        services.AddSingleton<TransferLedger>();
        services.AddSingleton<VirtualAccountBook>();
    }
}
