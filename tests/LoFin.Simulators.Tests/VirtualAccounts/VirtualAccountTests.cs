using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Integrations;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Tests.Support;
using LoFin.Testing;
using static LoFin.Simulators.Tests.Support.BankHarness;

namespace LoFin.Simulators.Tests.VirtualAccounts;

public sealed class VirtualAccountTests
{
    [Fact]
    public async Task Issue_WhenNew_Returns201AndTheSameAccountWhenSentAgain()
    {
        await using var bank = await StartAsync();
        var request = Notice("notice-1", 350_000);

        var first = await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", request);
        var again = await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", request);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var issued = await ReadAsync(first);
        Assert.Equal((await ReadAsync(again)).GetProperty("virtualAccountNumber").GetString(), issued.GetProperty("virtualAccountNumber").GetString());
        Assert.Equal(("097", "Open", 350_000L, "Exact"), (issued.GetProperty("bankCode").GetString(), issued.GetProperty("status").GetString(), issued.GetProperty("remainingWon").GetInt64(), issued.GetProperty("amountPolicy").GetString()));
        Assert.Equal(first.Headers.Location!.ToString(), $"/bank/v1/virtual-accounts/{issued.GetProperty("virtualAccountNumber").GetString()}");
    }

    [Fact]
    public async Task Issue_WhenReferenceIdReusedForOtherContent_Returns409()
    {
        await using var bank = await StartAsync();
        await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", Notice("notice-2", 10_000));

        var response = await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", Notice("notice-2", 20_000));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "referenceId");
        Assert.Equal("REFERENCE_ID_REUSED", problem.GetProperty("reasonCode").GetString());
    }

    [Theory]
    [InlineData("referenceId")]
    [InlineData("collectingAccountNumber")]
    [InlineData("amountWon")]
    [InlineData("expiresAt")]
    public async Task Issue_WhenInputBad_Returns400NamingField(string field)
    {
        await using var bank = await StartAsync();
        var request = new Dictionary<string, object?>
        {
            ["referenceId"] = field == "referenceId" ? "no spaces allowed" : "notice-bad",
            ["collectingAccountNumber"] = field == "collectingAccountNumber" ? "999999999999" : SeoulGeneral,
            ["amountWon"] = field == "amountWon" ? 0 : 1_000,
            ["expiresAt"] = field == "expiresAt" ? DateTimeOffset.UtcNow.AddMinutes(-1) : DateTimeOffset.UtcNow.AddDays(30),
        };

        var response = await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Deposit_WhenExactAmount_CreditsTheGovernmentAndSendsSignedDepositNotice()
    {
        await using var bank = await StartAsync();
        var account = await IssueAsync(bank, Notice("notice-paid", 350_000));
        var before = await bank.GovernmentBalanceAsync();

        var deposit = await DepositAsync(bank, account, 350_000, "dep-1");
        await bank.Receiver.WaitForDeliveredAsync(1, "입금 통지");

        Assert.Equal(HttpStatusCode.Created, deposit.StatusCode);
        var notice = bank.Receiver.Delivered.Single();
        Assert.Equal(WebhookVerification.Valid, notice.Verify(SimulatorFactory.Secret, TimeProvider.System));
        Assert.Equal("virtualAccount.deposited", notice.Json.GetProperty("type").GetString());
        var data = notice.Json.GetProperty("data");
        Assert.Equal(("dep-1", "notice-paid", 350_000L, 0L, "Paid", 1), (data.GetProperty("depositId").GetString(), data.GetProperty("referenceId").GetString(),
            data.GetProperty("amountWon").GetInt64(), data.GetProperty("remainingWon").GetInt64(), data.GetProperty("virtualAccountStatus").GetString(), data.GetProperty("sequence").GetInt32()));
        Assert.Equal("홍*동", data.GetProperty("depositorNameMasked").GetString());
        Assert.Equal(before + 350_000, await bank.GovernmentBalanceAsync());
        var status = await bank.GetJsonAsync($"/bank/v1/virtual-accounts/by-reference/notice-paid");
        Assert.Equal(("Paid", 1), (status.GetProperty("status").GetString(), status.GetProperty("deposits").GetArrayLength()));
    }

    [Fact]
    public async Task Deposit_WhenAmountDiffersFromNotice_IsRefusedAndNothingIsNotified()
    {
        await using var bank = await StartAsync();
        var account = await IssueAsync(bank, Notice("notice-mismatch", 350_000));
        var before = await bank.GovernmentBalanceAsync();

        var response = await DepositAsync(bank, account, 300_000, "dep-short");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("AMOUNT_MISMATCH", problem.GetProperty("reasonCode").GetString());
        await bank.WaitQuietAsync();
        Assert.Empty(bank.Receiver.All);
        Assert.Equal(before, await bank.GovernmentBalanceAsync());
        Assert.Equal("Open", (await bank.GetJsonAsync($"/bank/v1/virtual-accounts/{account}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deposit_WhenPartialAllowed_TracksWhatRemainsUntilPaid()
    {
        await using var bank = await StartAsync();
        var account = await IssueAsync(bank, Notice("notice-partial", 100_000, "AllowPartial"));

        var first = await ReadAsync(await DepositAsync(bank, account, 30_000, "dep-p1"));
        var over = await DepositAsync(bank, account, 80_000, "dep-p-over");
        var second = await ReadAsync(await DepositAsync(bank, account, 70_000, "dep-p2"));
        var after = await DepositAsync(bank, account, 1, "dep-p-after");

        Assert.Equal((30_000L, 70_000L, "PartiallyPaid"), (first.GetProperty("paidWon").GetInt64(), first.GetProperty("remainingWon").GetInt64(), first.GetProperty("virtualAccountStatus").GetString()));
        Assert.Equal("AMOUNT_OVER_REMAINING", (await ProblemAssert.IsProblemAsync(over, HttpStatusCode.UnprocessableEntity)).GetProperty("reasonCode").GetString());
        Assert.Equal((100_000L, 0L, "Paid", 2), (second.GetProperty("paidWon").GetInt64(), second.GetProperty("remainingWon").GetInt64(), second.GetProperty("virtualAccountStatus").GetString(), second.GetProperty("sequence").GetInt32()));
        Assert.Equal("VA_ALREADY_PAID", (await ProblemAssert.IsProblemAsync(after, HttpStatusCode.UnprocessableEntity)).GetProperty("reasonCode").GetString());
        await bank.Receiver.WaitForDeliveredAsync(2, "two 입금 통지");
    }

    [Fact]
    public async Task Deposit_WhenDepositIdSentAgain_CreditsOnceAndReturnsTheOriginal()
    {
        await using var bank = await StartAsync();
        var account = await IssueAsync(bank, Notice("notice-twice", 50_000));
        var before = await bank.GovernmentBalanceAsync();

        var first = await DepositAsync(bank, account, 50_000, "dep-twice");
        var again = await DepositAsync(bank, account, 50_000, "dep-twice");
        var reused = await DepositAsync(bank, account, 40_000, "dep-twice");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await ReadAsync(first)).GetProperty("bankTransactionId").GetString(), (await ReadAsync(again)).GetProperty("bankTransactionId").GetString());
        await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.Conflict, "depositId");
        await bank.WaitQuietAsync();
        Assert.Equal(before + 50_000, await bank.GovernmentBalanceAsync());
        Assert.Single(bank.Receiver.Delivered);
    }

    [Fact]
    public async Task Deposit_WhenPastExpiry_IsRefused()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var bank = await StartAsync(time: clock);
        var account = await IssueAsync(bank, Notice("notice-late", 20_000, expiresAt: clock.GetUtcNow().AddHours(1)));

        clock.Advance(TimeSpan.FromHours(2));
        var response = await DepositAsync(bank, account, 20_000, "dep-late");

        Assert.Equal("VA_EXPIRED", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("reasonCode").GetString());
        Assert.Equal("Expired", (await bank.GetJsonAsync($"/bank/v1/virtual-accounts/{account}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deposit_WhenVirtualAccountUnknown_Returns404()
    {
        await using var bank = await StartAsync();

        var response = await DepositAsync(bank, "79000000000000", 1_000, "dep-nowhere");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DepositNotices_WhenOutOfOrder_CarrySequenceAndTotalsSoTheReceiverCanOrderThem()
    {
        const long Seed = 5;
        const int MaxDelayMs = 600;
        // Deposit ids whose held-back delays put the second notice well before the first: the dice are public and pure.
        var (firstId, secondId) = DepositIdsWhereSecondOvertakesFirst(Seed, MaxDelayMs);
        await using var bank = await StartAsync();
        await bank.SetFaultsAsync(new { seed = Seed, outOfOrderRate = 1.0, maxReorderDelayMs = MaxDelayMs });
        var account = await IssueAsync(bank, Notice("notice-order", 100_000, "AllowPartial"));

        await DepositAsync(bank, account, 40_000, firstId);
        await DepositAsync(bank, account, 60_000, secondId);
        await bank.Receiver.WaitForDeliveredAsync(2, "both 입금 통지");

        var arrived = bank.Receiver.Delivered.Select(d => d.Json.GetProperty("data")).ToList();
        Assert.Equal([2, 1], arrived.Select(d => d.GetProperty("sequence").GetInt32()));
        Assert.Equal([100_000L, 40_000L], arrived.Select(d => d.GetProperty("paidWon").GetInt64()));
    }

    private static (string First, string Second) DepositIdsWhereSecondOvertakesFirst(long seed, int maxDelayMs)
    {
        static double Delay(long seed, string id, int max) => FaultDice.Roll(seed, "reorder-delay", "deposit|" + id) * max;
        for (var i = 0; ; i += 2)
        {
            string first = $"dep-o-{i}", second = $"dep-o-{i + 1}";
            if (Delay(seed, first, maxDelayMs) - Delay(seed, second, maxDelayMs) > 300)
            {
                return (first, second);
            }
        }
    }

    private static object Notice(string referenceId, long amountWon, string amountPolicy = "Exact", DateTimeOffset? expiresAt = null) => new
    {
        referenceId,
        collectingAccountNumber = SeoulGeneral,
        amountWon,
        expiresAt = expiresAt ?? DateTimeOffset.UtcNow.AddDays(30),
        payerName = "홍길동",
        amountPolicy,
    };

    private static async Task<string> IssueAsync(BankHarness bank, object notice)
    {
        var response = await bank.Client.PostAsJsonAsync("/bank/v1/virtual-accounts", notice);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response)).GetProperty("virtualAccountNumber").GetString()!;
    }

    private static Task<HttpResponseMessage> DepositAsync(BankHarness bank, string virtualAccountNumber, long amountWon, string depositId) =>
        bank.Client.PostAsJsonAsync("/bank/v1/admin/deposits", new { depositId, virtualAccountNumber, amountWon, depositorName = "홍길동" });

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
