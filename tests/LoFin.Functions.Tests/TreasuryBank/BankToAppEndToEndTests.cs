using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Payments.Bank;
using LoFin.Functions.Integrations.TreasuryBank;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>
/// The real simulator posting its real webhooks to the real app process: the bodies the bank
/// actually sends are accepted, duplicates are answered 200 as already received, and a bank
/// with another secret is refused every time.
/// </summary>
public sealed class BankToAppEndToEndTests : IDisposable
{
    private static readonly string AppDll = typeof(Program).Assembly.Location;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "lofin-bank-e2e-" + Guid.NewGuid().ToString("N"));

    private static async Task<JsonElement> StatsAsync(HttpClient bank) =>
        await bank.GetFromJsonAsync<JsonElement>("admin/stats");

    private static async Task<(RunningBankSimulator Bank, AppProcess App, HttpClient Admin)> StartAsync(string data, string appSecret)
    {
        var bank = await RunningBankSimulator.StartAsync(new Dictionary<string, string?>
        {
            ["Sim:Bank:Webhooks:FirstRetryDelayMs"] = "20",
            ["Sim:Bank:Webhooks:MaxRetryDelayMs"] = "50",
            ["Sim:Bank:Webhooks:MaxAttempts"] = "3",
        });
        var app = await AppProcess.StartAsync(AppDll, data, new Dictionary<string, string>
        {
            ["Bank__BaseUrl"] = bank.BaseUrl,
            ["Bank__WebhookSecret"] = appSecret,
        });
        var admin = new HttpClient { BaseAddress = new Uri(bank.BaseUrl + "/") };
        (await admin.PutAsJsonAsync("callback", new { url = $"{app.BaseAddress}api/webhooks/bank" })).EnsureSuccessStatusCode();
        return (bank, app, admin);
    }

    private static async Task ProduceEventsAsync(string bankUrl, HttpClient admin)
    {
        var adapter = new HttpTreasuryBank(HttpTreasuryBank.CreateHttpClient(), new BankOptions { BaseUrl = bankUrl }, TimeProvider.System, NullLogger<HttpTreasuryBank>.Instance);
        var payee = DemoBankAccounts.ActivePayee();
        var transfers = Enumerable.Range(0, 3).Select(i => new TransferInstruction(DemoBankAccounts.NewId(kind: "PO"), DemoBankAccounts.SeoulGeneral,
            payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName, 10_000 + i, null)).ToList();
        Assert.IsType<TransferBatchOutcome.Received>(await adapter.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), transfers)));
        var opened = Assert.IsType<VirtualAccountOpeningOutcome.Opened>(await adapter.OpenVirtualAccountAsync(
            new VirtualAccountOpeningRequest(DemoBankAccounts.NewId("41110", "NOTICE"), "411101000001", 50_000, DateTimeOffset.UtcNow.AddDays(10), "홍길동")));
        (await admin.PostAsJsonAsync("admin/deposits", new { virtualAccountNumber = opened.Account.VirtualAccountNumber, amountWon = 50_000, depositorName = "홍길동" }))
            .EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Webhooks_WhenBankSendsEachEventTwice_AppAnswersEveryDelivery200AndRecognisesTheSecond()
    {
        var (bank, app, admin) = await StartAsync(_data, RunningBankSimulator.Secret);
        await using var _ = bank;
        await using var __ = app;
        using var ___ = admin;
        (await admin.PostAsJsonAsync("admin/faults", new { duplicateRate = 1.0, maxReorderDelayMs = 50 })).EnsureSuccessStatusCode();

        await ProduceEventsAsync(bank.BaseUrl, admin);

        await Eventually.HoldsAsync(async () =>
        {
            var stats = await StatsAsync(admin);
            return stats.GetProperty("deliveriesSucceeded").GetInt64() == 4 && stats.GetProperty("deliveriesPending").GetInt64() == 0;
        }, "two events delivered twice each");
        var final = await StatsAsync(admin);
        Assert.Equal(2, final.GetProperty("eventsPublished").GetInt64());
        Assert.Equal(0, final.GetProperty("deliveryAttemptsFailed").GetInt64());
        Assert.Equal(2, app.Output.Split('\n').Count(line => line.Contains("was already received", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Webhooks_WhenBankSignsWithAnotherSecret_AppRefusesEveryAttempt()
    {
        var (bank, app, admin) = await StartAsync(_data, "the-apps-secret-differs-from-the-banks");
        await using var _ = bank;
        await using var __ = app;
        using var ___ = admin;

        await ProduceEventsAsync(bank.BaseUrl, admin);

        await Eventually.HoldsAsync(async () => (await StatsAsync(admin)).GetProperty("deliveriesAbandoned").GetInt64() == 2, "both events given up");
        var final = await StatsAsync(admin);
        Assert.Equal(0, final.GetProperty("deliveriesSucceeded").GetInt64());
        Assert.Equal(6, final.GetProperty("deliveryAttemptsFailed").GetInt64());
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_data, recursive: true);
        }
    }
}
