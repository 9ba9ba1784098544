using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Functions.Tests.TreasuryBank;
using LoFin.Testing;

namespace LoFin.Functions.Tests.Execution;

/// <summary>
/// One expense from 배정 to paid against the app as a process and the real bank simulator, whose
/// webhooks reach the app: the order is paid exactly once, the line shows it, and the line's
/// journal holds the payment's Dr 미지급금 / Cr 현금 entry.
/// </summary>
public sealed class ExpenditureToPaidProcessTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "lofin-exec-e2e-" + Guid.NewGuid().ToString("N"));
    private RunningBankSimulator _bank = null!;
    private AppProcess _app = null!;

    public async Task InitializeAsync()
    {
        _bank = await RunningBankSimulator.StartAsync();
        _app = await AppProcess.StartAsync(typeof(Program).Assembly.Location, _data, new Dictionary<string, string>
        {
            ["Bank__BaseUrl"] = _bank.BaseUrl,
            ["Bank__WebhookSecret"] = RunningBankSimulator.Secret,
            ["LoFin__SignInRequestsPerMinute"] = "10000",
        });
        using var admin = new HttpClient { BaseAddress = new Uri(_bank.BaseUrl + "/") };
        (await admin.PutAsJsonAsync("callback", new { url = $"{_app.BaseAddress}api/webhooks/bank" })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _bank.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private readonly Dictionary<string, string> _tokens = [];

    private async Task<HttpClient> ClientAsAsync(string userId)
    {
        var client = _app.CreateClient();
        if (!_tokens.TryGetValue(userId, out var token))
        {
            var issued = await client.PostAsJsonAsync("/api/dev/token", new { user = userId });
            issued.EnsureSuccessStatusCode();
            token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[userId] = token;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Expense_WhenWalkedFromAllotmentToPayment_IsPaidOnceAndJournalled()
    {
        var driver = new ExecutionDriver(ClientAsAsync);
        var lineKey = (await driver.LineAsync("suwon.budget")).GetProperty("lineKey").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsync("suwon.budget", "/allotments", new { lineKey, period = "2026-Q1", amountWon = 9_000_000L })).Status);
        var (_, commitment, _) = await driver.PostAsync("suwon.clerk", "/commitments",
            new { lineKey, title = "복지관 비품 구매", counterparty = "수원사무기기(주)", amountWon = 6_000_000L, line = new[] { "suwon.finance" } });
        var commitmentId = commitment.GetProperty("commitmentId").GetString()!;
        await driver.ApproveAllAsync(commitment.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");
        await driver.WaitForAsync("suwon.clerk", $"/commitments/{commitmentId}", c => c.GetProperty("commitment").GetProperty("status").GetString() == "Approved", "posted");
        var payee = DemoBankAccounts.ActivePayee(4);
        var (_, resolution, _) = await driver.PostAsync("suwon.clerk", "/resolutions", new
        {
            commitmentId, title = "비품 대금", amountWon = 5_500_000L,
            payee = new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber, holderName = payee.RegisteredName },
            line = new[] { "suwon.divisionhead" },
        });
        var resolutionId = resolution.GetProperty("resolutionId").GetString()!;
        await driver.ApproveAllAsync(resolution.GetProperty("approvalInstanceId").GetString()!, "suwon.clerk");
        await driver.WaitForAsync("suwon.clerk", $"/resolutions/{resolutionId}", r => r.GetProperty("resolution").GetProperty("status").GetString() == "Approved", "resolved");
        var (_, order, _) = await driver.PostAsync("suwon.disbursing", "/payment-orders",
            new { fiscalYear = 2026, fiscalAccount = lineKey.Split('/')[1], resolutionIds = new[] { resolutionId }, line = new[] { "suwon.finance" } });
        var orderId = order.GetProperty("orderId").GetString()!;

        await driver.ApproveAllAsync(order.GetProperty("approvalInstanceId").GetString()!, "suwon.disbursing");

        var settled = await driver.WaitForAsync("suwon.disbursing", $"/payment-orders/{orderId}",
            o => o.GetProperty("order").GetProperty("status").GetString() == "Settled", "the order settled by the bank's webhook");
        var payment = Assert.Single(settled.GetProperty("payments").EnumerateArray());
        Assert.Equal("Succeeded", payment.GetProperty("status").GetString());
        var line = await driver.ExecutionOfAsync("suwon.clerk", lineKey);
        Assert.Equal(5_500_000, line.GetProperty("paidWon").GetInt64());
        Assert.Equal(6_000_000, line.GetProperty("committedWon").GetInt64());
        var (_, journal) = await driver.GetAsync("suwon.clerk", $"/journal?lineKey={Uri.EscapeDataString(lineKey)}&pageSize=200");
        var pay = Assert.Single(journal.GetProperty("items").EnumerateArray(), op => op.GetProperty("kind").GetString() == "Pay");
        Assert.Equal(payment.GetProperty("paymentId").GetString(), pay.GetProperty("operationId").GetString());
        var entry = pay.GetProperty("journal").EnumerateArray().ToList();
        Assert.Contains(entry, l => l.GetProperty("ledgerAccountCode").GetString() == "2101" && l.GetProperty("side").GetString() == "Debit" && l.GetProperty("amountWon").GetInt64() == 5_500_000);
        Assert.Contains(entry, l => l.GetProperty("ledgerAccountCode").GetString() == "1101" && l.GetProperty("side").GetString() == "Credit" && l.GetProperty("amountWon").GetInt64() == 5_500_000);
        using var bank = new HttpClient { BaseAddress = new Uri(_bank.BaseUrl + "/") };
        var transfer = await bank.GetFromJsonAsync<JsonElement>($"transfers/{payment.GetProperty("paymentId").GetString()}");
        Assert.Equal(5_500_000, transfer.GetProperty("amountWon").GetInt64());
    }
}
