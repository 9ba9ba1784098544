using System.Net;
using System.Net.Http.Json;
using LoFin.Application.Integrations;
using LoFin.Simulators.Tests.Support;
using static LoFin.Simulators.Tests.Support.BankHarness;

namespace LoFin.Simulators.Tests.Faults;

public sealed class DeliveryFaultTests
{
    [Fact]
    public async Task Webhook_WhenDuplicateRateIsOne_ArrivesTwiceWithTheSameEventId()
    {
        await using var bank = await StartAsync();
        await bank.SetFaultsAsync(new { duplicateRate = 1.0 });

        await bank.SubmitAsync("batch-dup", Transfer("t-dup", ActivePayee(), 1_000));
        await bank.Receiver.WaitForDeliveredAsync(2, "both copies");
        await bank.WaitQuietAsync();

        var copies = bank.Receiver.Delivered;
        Assert.Equal(2, copies.Count);
        Assert.Single(copies.Select(c => c.EventId).Distinct());
        Assert.All(copies, c => Assert.Equal(WebhookVerification.Valid, c.Verify(SimulatorFactory.Secret, TimeProvider.System)));
        Assert.Equal(1, (await bank.StatisticsAsync()).EventsDuplicated);
    }

    [Fact]
    public async Task Webhook_WhenOutOfOrder_ResultsArriveInAnotherOrderThanSent()
    {
        await using var bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxResultsPerEvent"] = "1" });
        await bank.SetFaultsAsync(new { outOfOrderRate = 1.0, maxReorderDelayMs = 400 });
        var sent = Enumerable.Range(0, 10).Select(i => $"t-order-{i}").ToList();

        await bank.SubmitAsync("batch-order", sent.Select((id, i) => Transfer(id, ActivePayee(i), 1_000)).ToArray());
        await bank.Receiver.WaitForDeliveredAsync(10, "every result");

        var arrived = bank.Receiver.Delivered.SelectMany(d => d.TransferIds).ToList();
        Assert.NotEqual(sent, arrived);
        Assert.Equal(sent.Order(), arrived.Order());
        Assert.Equal(10, (await bank.StatisticsAsync()).EventsReordered);
    }

    [Fact]
    public async Task Webhook_WhenLost_NeverArrivesButStatusQueryShowsTheResult()
    {
        await using var bank = await StartAsync();
        await bank.SetFaultsAsync(new { lossRate = 1.0 });

        await bank.SubmitAsync("batch-lost", Transfer("t-lost", ActivePayee(), 1_000));
        await bank.WaitQuietAsync();

        Assert.Empty(bank.Receiver.All);
        Assert.Equal(1, (await bank.StatisticsAsync()).EventsLost);
        Assert.Equal("Succeeded", await bank.TransferStatusAsync("t-lost"));
        var batch = await bank.GetJsonAsync("/bank/v1/transfers/batches/batch-lost");
        Assert.Equal(1, batch.GetProperty("succeeded").GetInt32());
    }

    [Fact]
    public async Task Faults_WhenSameSeed_SameTransfersFailAndSameEventsAreLost()
    {
        var first = await RunMixedFaultsAsync(seed: 1234);
        var second = await RunMixedFaultsAsync(seed: 1234);
        var otherSeed = await RunMixedFaultsAsync(seed: 98765);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.InRange(first.Failed.Count, 5, 35);
    }

    [Fact]
    public async Task Faults_WhenChanged_AreReadBackWhole()
    {
        await using var bank = await StartAsync();
        var payee = ActivePayee();

        await bank.SetFaultsAsync(new { lossRate = 0.25, seed = 99, nameMismatchAccounts = new[] { new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber } } });
        await bank.SetFaultsAsync(new { duplicateRate = 0.5 });

        var faults = await bank.GetJsonAsync("/bank/v1/admin/faults");
        Assert.Equal((99L, 0.25, 0.5), (faults.GetProperty("seed").GetInt64(), faults.GetProperty("lossRate").GetDouble(), faults.GetProperty("duplicateRate").GetDouble()));
        Assert.Equal(payee.Account.Key.AccountNumber, faults.GetProperty("nameMismatchAccounts")[0].GetProperty("accountNumber").GetString());
    }

    [Theory]
    [InlineData("""{"duplicateRate":1.5}""", "duplicateRate")]
    [InlineData("""{"lossRate":-0.1}""", "lossRate")]
    [InlineData("""{"maxReorderDelayMs":-1}""", "maxReorderDelayMs")]
    [InlineData("""{"nameMismatchAccounts":[{"bankCode":"999","accountNumber":"12345678"}]}""", "nameMismatchAccounts[0].bankCode")]
    [InlineData("""{"seed":"abc"}""", "seed")]
    public async Task Faults_WhenInputBad_Returns400NamingFieldAndChangesNothing(string json, string field)
    {
        await using var bank = await StartAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await bank.Client.PostAsync("/bank/v1/admin/faults", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        var faults = await bank.GetJsonAsync("/bank/v1/admin/faults");
        Assert.Equal(0, faults.GetProperty("duplicateRate").GetDouble());
        Assert.Equal(7, faults.GetProperty("seed").GetInt64());
    }

    /// <summary>Half the transfers fail and half the events are lost; which ones, the seed decides.</summary>
    private static async Task<FaultOutcome> RunMixedFaultsAsync(long seed)
    {
        await using var bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxResultsPerEvent"] = "1" });
        await bank.SetFaultsAsync(new { seed, transferFailureRate = 0.5, lossRate = 0.5 });
        var ids = Enumerable.Range(0, 40).Select(i => $"t-seed-{i}").ToList();

        await bank.SubmitAsync("batch-seed", ids.Select((id, i) => Transfer(id, ActivePayee(i), 1_000)).ToArray());
        await bank.WaitQuietAsync();

        var failed = new List<string>();
        foreach (var id in ids)
        {
            if (await bank.TransferStatusAsync(id) == "Failed")
            {
                failed.Add(id);
            }
        }
        var delivered = bank.Receiver.Delivered.SelectMany(d => d.TransferIds).Order().ToList();
        return new FaultOutcome(failed, delivered);
    }

    private sealed record FaultOutcome(List<string> Failed, List<string> Delivered)
    {
        public bool Equals(FaultOutcome? other) => other is not null && Failed.SequenceEqual(other.Failed) && Delivered.SequenceEqual(other.Delivered);

        public override int GetHashCode() => Failed.Count;
    }
}
