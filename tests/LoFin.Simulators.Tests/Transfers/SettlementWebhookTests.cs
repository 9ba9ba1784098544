using System.Net;
using System.Net.Http.Json;
using System.Text;
using LoFin.Application.Integrations;
using LoFin.Simulators.Bank.Seed;
using LoFin.Simulators.Tests.Support;
using static LoFin.Simulators.Tests.Support.BankHarness;

namespace LoFin.Simulators.Tests.Transfers;

public sealed class SettlementWebhookTests
{
    [Fact]
    public async Task Transfer_WhenSettled_SendsSignedResultWebhookAndMovesTheMoney()
    {
        await using var bank = await StartAsync();
        var payee = ActivePayee();
        var governmentBefore = await bank.GovernmentBalanceAsync();

        await bank.SubmitAsync("batch-signed", Transfer("t-signed", payee, 3_300_000));
        await bank.Receiver.WaitForDeliveredAsync(1, "result webhook");

        var delivery = bank.Receiver.Delivered.Single();
        Assert.Equal(WebhookVerification.Valid, delivery.Verify(SimulatorFactory.Secret, TimeProvider.System));
        Assert.Equal("transfer.results", delivery.EventType);
        Assert.Equal(delivery.EventIdHeader, delivery.EventId);
        var json = delivery.Json;
        Assert.Equal("transfer.results", json.GetProperty("type").GetString());
        var result = json.GetProperty("data").GetProperty("results")[0];
        Assert.Equal(("t-signed", "batch-signed", "Succeeded", "000", 3_300_000L),
            (result.GetProperty("transferId").GetString(), result.GetProperty("batchId").GetString(), result.GetProperty("status").GetString(),
             result.GetProperty("responseCode").GetString(), result.GetProperty("amountWon").GetInt64()));
        Assert.False(string.IsNullOrEmpty(result.GetProperty("bankTransactionId").GetString()));
        Assert.Equal(3_300_000, await bank.BalanceAsync(payee));
        Assert.Equal(governmentBefore - 3_300_000, await bank.GovernmentBalanceAsync());
    }

    [Fact]
    public async Task Webhook_WhenBodyTamperedOrSecretWrongOrOld_FailsVerification()
    {
        await using var bank = await StartAsync();
        await bank.SubmitAsync("batch-tamper", Transfer("t-tamper", ActivePayee(), 10_000));
        await bank.Receiver.WaitForDeliveredAsync(1, "result webhook");
        var delivery = bank.Receiver.Delivered.Single();
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body).Replace("10000", "90000", StringComparison.Ordinal));

        Assert.Equal(WebhookVerification.SignatureMismatch, (delivery with { Body = tampered }).Verify(SimulatorFactory.Secret, TimeProvider.System));
        Assert.Equal(WebhookVerification.SignatureMismatch, delivery.Verify("someone-elses-secret-0123456789", TimeProvider.System));
        var later = new LoFin.Testing.ManualClock(DateTimeOffset.UtcNow.AddMinutes(6));
        Assert.Equal(WebhookVerification.Stale, delivery.Verify(SimulatorFactory.Secret, later));
        var earlier = new LoFin.Testing.ManualClock(DateTimeOffset.UtcNow.AddMinutes(-6));
        Assert.Equal(WebhookVerification.FromTheFuture, delivery.Verify(SimulatorFactory.Secret, earlier));
    }

    [Fact]
    public async Task Transfer_WhenPayeeAccountClosedUnknownOrNameStale_FailsWithBankReasonAndMovesNoMoney()
    {
        await using var bank = await StartAsync();
        var governmentBefore = await bank.GovernmentBalanceAsync();
        var unknown = new { transferId = "t-unknown", fromAccountNumber = SeoulGeneral, toBankCode = "004", toAccountNumber = "99999999999999", toHolderName = "김철수", amountWon = 5_000 };

        await bank.SubmitAsync("batch-fail",
            Transfer("t-closed", ClosedPayee, 5_000, ClosedPayee.Account.HolderName),
            Transfer("t-stale", StaleNamePayee, 5_000),
            unknown);
        await bank.Receiver.WaitForDeliveredAsync(1, "result webhook");

        var results = bank.Receiver.Delivered.Single().Json.GetProperty("data").GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("transferId").GetString()!, r => (r.GetProperty("status").GetString(), r.GetProperty("responseCode").GetString(), r.GetProperty("responseMessage").GetString()));
        Assert.Equal(("Failed", "415", "해지 계좌"), results["t-closed"]);
        Assert.Equal(("Failed", "815", "예금주 불일치"), results["t-stale"]);
        Assert.Equal(("Failed", "412", "해당 계좌 없음"), results["t-unknown"]);
        Assert.Equal(governmentBefore, await bank.GovernmentBalanceAsync());
        Assert.Equal(0, await bank.BalanceAsync(StaleNamePayee));
    }

    [Fact]
    public async Task Transfer_WhenOverTheBanksLimit_FailsWith531()
    {
        await using var bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxTransferAmountWon"] = "1000000" });

        await bank.SubmitAsync("batch-limit", Transfer("t-limit", ActivePayee(), 1_000_001));
        await bank.WaitSettledAsync("t-limit");

        var transfer = await bank.GetJsonAsync("/bank/v1/transfers/t-limit");
        Assert.Equal(("Failed", "531"), (transfer.GetProperty("status").GetString(), transfer.GetProperty("responseCode").GetString()));
    }

    [Fact]
    public async Task Transfer_WhenGovernmentAccountShort_FailsWith532()
    {
        await using var bank = await StartAsync();
        var fund = DemoBankSeed.GovernmentAccountNumber("41830", "401");
        var balance = await bank.GovernmentBalanceAsync(fund);

        await bank.SubmitAsync("batch-short", Transfer("t-short", ActivePayee(), balance + 1, from: fund));
        await bank.WaitSettledAsync("t-short");

        Assert.Equal("532", (await bank.GetJsonAsync("/bank/v1/transfers/t-short")).GetProperty("responseCode").GetString());
        Assert.Equal(balance, await bank.GovernmentBalanceAsync(fund));
    }

    [Fact]
    public async Task Transfer_WhenFailureRateIsOne_FailsWithATransientReason()
    {
        await using var bank = await StartAsync();
        await bank.SetFaultsAsync(new { transferFailureRate = 1.0 });

        await bank.SubmitAsync("batch-flaky", Transfer("t-flaky", ActivePayee(), 10_000));
        await bank.WaitSettledAsync("t-flaky");

        var transfer = await bank.GetJsonAsync("/bank/v1/transfers/t-flaky");
        Assert.Equal("Failed", transfer.GetProperty("status").GetString());
        Assert.Contains(transfer.GetProperty("responseCode").GetString(), new[] { "999", "499" });
        Assert.Equal(0, await bank.BalanceAsync(ActivePayee()));
    }

    [Fact]
    public async Task Webhook_WhenBatchLargerThanEventSize_SplitsResultsIntoSeveralEvents()
    {
        await using var bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxResultsPerEvent"] = "2" });

        await bank.SubmitAsync("batch-split", Enumerable.Range(0, 5).Select(i => Transfer($"t-split-{i}", ActivePayee(i), 1_000)).ToArray());
        await bank.Receiver.WaitForDeliveredAsync(3, "result events");
        await bank.WaitQuietAsync();

        var deliveries = bank.Receiver.Delivered;
        Assert.Equal(3, deliveries.Count);
        Assert.Equal(3, deliveries.Select(d => d.EventId).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"t-split-{i}").Order(), deliveries.SelectMany(d => d.TransferIds).Order());
    }

    [Fact]
    public async Task Webhook_WhenReceiverFailsFirstAttempts_IsRetriedWithTheSameEventAndBody()
    {
        await using var bank = await StartAsync(receiverFailsFirst: 2);

        await bank.SubmitAsync("batch-retry", Transfer("t-retry", ActivePayee(), 1_000));
        await bank.Receiver.WaitForDeliveredAsync(1, "the third attempt");

        var attempts = bank.Receiver.All;
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.Single(attempts.Select(a => a.EventId).Distinct());
        Assert.All(attempts, a => Assert.Equal(attempts[0].Body, a.Body));
        Assert.All(attempts, a => Assert.Equal(WebhookVerification.Valid, a.Verify(SimulatorFactory.Secret, TimeProvider.System)));
    }

    [Fact]
    public async Task Webhook_WhenReceiverNeverAccepts_GivesUpAfterMaxAttemptsButStatusStillKnowsResult()
    {
        await using var bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:Webhooks:MaxAttempts"] = "3" }, receiverFailsFirst: 1_000);

        await bank.SubmitAsync("batch-down", Transfer("t-down", ActivePayee(), 1_000));
        await bank.WaitQuietAsync();

        Assert.Equal(3, bank.Receiver.All.Count);
        Assert.Equal(1, (await bank.StatisticsAsync()).DeliveriesAbandoned);
        Assert.Equal("Succeeded", await bank.TransferStatusAsync("t-down"));
    }

    [Fact]
    public async Task Callback_WhenRegisteredAtRunTime_LaterEventsGoThere()
    {
        await using var bank = await StartAsync();
        await using var other = await WebhookReceiver.StartAsync();
        var cleared = await bank.Client.PutAsJsonAsync("/bank/v1/callback", new { url = (string?)null });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        await bank.SubmitAsync("batch-nowhere", Transfer("t-nowhere", ActivePayee(), 1_000));
        await bank.WaitQuietAsync();
        Assert.Equal(1, (await bank.StatisticsAsync()).DeliveriesWithoutCallback);

        var registered = await bank.Client.PutAsJsonAsync("/bank/v1/callback", new { url = other.Url });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        await bank.SubmitAsync("batch-there", Transfer("t-there", ActivePayee(), 1_000));
        await other.WaitForDeliveredAsync(1, "result webhook at the new URL");

        Assert.Equal(["t-there"], other.Delivered.Single().TransferIds);
        Assert.Empty(bank.Receiver.All);
        Assert.Equal(other.Url, (await bank.GetJsonAsync("/bank/v1/callback")).GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("ftp://example.org/hook")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task Callback_WhenUrlNotAbsoluteHttp_Returns400NamingUrl(string url)
    {
        await using var bank = await StartAsync();

        var response = await bank.Client.PutAsJsonAsync("/bank/v1/callback", new { url });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "url");
    }
}
