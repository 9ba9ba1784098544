using LoFin.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Simulators.Bank;
using LoFin.Simulators.Bank.Seed;

namespace LoFin.Simulators.Tests.Support;

/// <summary>A simulator wired to a webhook receiver, with a client and the demo data it was seeded with.</summary>
public sealed class BankHarness : IAsyncDisposable
{
    public const string SeoulGeneral = "110001000001";

    private BankHarness(SimulatorFactory factory, WebhookReceiver receiver)
    {
        Factory = factory;
        Receiver = receiver;
        Client = factory.CreateClient();
    }

    public SimulatorFactory Factory { get; }

    public WebhookReceiver Receiver { get; }

    public HttpClient Client { get; }

    /// <summary>The same accounts the simulator generated: generation is deterministic.</summary>
    public static DemoBankData Demo { get; } = DemoBankSeed.Create();

    public static DemoPayee ActivePayee(int skip = 0) =>
        Demo.Payees.Where(p => p.Account.Status == Bank.Accounts.AccountStatus.Active && p.RegisteredNameMatches).Skip(skip).First();

    public static DemoPayee ClosedPayee => Demo.Payees.First(p => p.Account.Status == Bank.Accounts.AccountStatus.Closed);

    public static DemoPayee StaleNamePayee => Demo.Payees.First(p => p.Account.Status == Bank.Accounts.AccountStatus.Active && !p.RegisteredNameMatches);

    public static async Task<BankHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, int receiverFailsFirst = 0, TimeProvider? time = null)
    {
        var receiver = await WebhookReceiver.StartAsync(receiverFailsFirst);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Sim:Bank:CallbackUrl"] = receiver.Url };
        return new BankHarness(new SimulatorFactory(all, time), receiver);
    }

    public static object Transfer(string transferId, DemoPayee payee, long amountWon, string? holderName = null, string from = SeoulGeneral) => new
    {
        transferId,
        fromAccountNumber = from,
        toBankCode = payee.Account.Key.BankCode,
        toAccountNumber = payee.Account.Key.AccountNumber,
        toHolderName = holderName ?? payee.RegisteredName,
        amountWon,
        memo = "LoFin 지급",
    };

    public async Task<JsonElement> SubmitAsync(string batchId, params object[] transfers)
    {
        var response = await Client.PostAsJsonAsync("/bank/v1/transfers/batches", new { batchId, transfers });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<string> TransferStatusAsync(string transferId) =>
        (await GetJsonAsync($"/bank/v1/transfers/{transferId}")).GetProperty("status").GetString()!;

    public Task WaitSettledAsync(string transferId) =>
        Eventually.HoldsAsync(async () => await TransferStatusAsync(transferId) != "Accepted", $"transfer {transferId} settled");

    public async Task<BankStatisticsSnapshot> StatisticsAsync() =>
        (await Client.GetFromJsonAsync<BankStatisticsSnapshot>("/bank/v1/admin/stats", BankJson.Options))!;

    /// <summary>Every accepted transfer settled and no delivery waiting: nothing more will reach the receiver.</summary>
    public Task WaitQuietAsync() => Eventually.HoldsAsync(async () =>
    {
        var stats = await StatisticsAsync();
        return stats.TransfersAccepted == stats.TransfersSucceeded + stats.TransfersFailed && stats.DeliveriesPending == 0;
    }, "the bank went quiet");

    public async Task<long> BalanceAsync(DemoPayee payee) =>
        (await GetJsonAsync($"/bank/v1/admin/accounts/{payee.Account.Key.BankCode}/{payee.Account.Key.AccountNumber}")).GetProperty("balanceWon").GetInt64();

    public async Task<long> GovernmentBalanceAsync(string accountNumber = SeoulGeneral) =>
        (await GetJsonAsync($"/bank/v1/accounts/{accountNumber}/balance")).GetProperty("balanceWon").GetInt64();

    public async Task SetFaultsAsync(object faults)
    {
        var response = await Client.PostAsJsonAsync("/bank/v1/admin/faults", faults);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
