using System.Net;
using System.Net.Http.Json;
using LoFin.Simulators.Tests.Support;
using static LoFin.Simulators.Tests.Support.BankHarness;

namespace LoFin.Simulators.Tests.Transfers;

public sealed class TransferBatchTests : IAsyncLifetime
{
    private BankHarness _bank = null!;

    public async Task InitializeAsync() => _bank = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxTransfersPerBatch"] = "5" });

    public async Task DisposeAsync() => await _bank.DisposeAsync();

    [Fact]
    public async Task Submit_WhenValid_Returns202WithEachTransferAccepted()
    {
        var receipt = await _bank.SubmitAsync("batch-ok", Transfer("t-ok-1", ActivePayee(0), 1_000_000), Transfer("t-ok-2", ActivePayee(1), 2_500_000));

        Assert.Equal(2, receipt.GetProperty("acceptedCount").GetInt32());
        Assert.All(receipt.GetProperty("transfers").EnumerateArray(), t =>
        {
            Assert.Equal("Accepted", t.GetProperty("status").GetString());
            Assert.Equal("batch-ok", t.GetProperty("batchId").GetString());
        });
    }

    [Fact]
    public async Task Submit_WhenSomeTransfersInvalid_RejectsThoseAtOnceWithReasonAndAcceptsTheRest()
    {
        var payee = ActivePayee();
        var receipt = await _bank.SubmitAsync("batch-mixed",
            Transfer("t-mixed-ok", payee, 10_000),
            new { transferId = "t-mixed-bank", fromAccountNumber = SeoulGeneral, toBankCode = "999", toAccountNumber = "12345678", toHolderName = "김철수", amountWon = 10_000 },
            new { transferId = "t-mixed-amount", fromAccountNumber = SeoulGeneral, toBankCode = "004", toAccountNumber = "12345678", toHolderName = "김철수", amountWon = 0 },
            new { transferId = "t-mixed-from", fromAccountNumber = "123456789012", toBankCode = "004", toAccountNumber = "12345678", toHolderName = "김철수", amountWon = 10 },
            new { transferId = "t-mixed-account", fromAccountNumber = SeoulGeneral, toBankCode = "004", toAccountNumber = "1234-5678", toHolderName = "김철수", amountWon = 10 });

        Assert.Equal(1, receipt.GetProperty("acceptedCount").GetInt32());
        Assert.Equal(4, receipt.GetProperty("rejectedCount").GetInt32());
        var transfers = receipt.GetProperty("transfers").EnumerateArray().ToDictionary(t => t.GetProperty("transferId").GetString()!);
        Assert.Equal("Accepted", transfers["t-mixed-ok"].GetProperty("status").GetString());
        Assert.Equal(("INVALID_BANK_CODE", "transfers[1].toBankCode"), Reason(transfers["t-mixed-bank"]));
        Assert.Equal(("INVALID_AMOUNT", "transfers[2].amountWon"), Reason(transfers["t-mixed-amount"]));
        Assert.Equal(("FROM_ACCOUNT_UNKNOWN", "transfers[3].fromAccountNumber"), Reason(transfers["t-mixed-from"]));
        Assert.Equal(("INVALID_ACCOUNT_NUMBER", "transfers[4].toAccountNumber"), Reason(transfers["t-mixed-account"]));
        await _bank.GetJsonAsync("/bank/v1/transfers/t-mixed-ok");
        var unknown = await _bank.Client.GetAsync("/bank/v1/transfers/t-mixed-bank");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submit_WhenSameBatchSentAgain_ReturnsOriginalReceiptAndMovesMoneyOnce()
    {
        var payee = ActivePayee(2);
        var before = await _bank.BalanceAsync(payee);
        var first = await _bank.SubmitAsync("batch-again", Transfer("t-again", payee, 70_000));
        await _bank.WaitSettledAsync("t-again");

        var second = await _bank.SubmitAsync("batch-again", Transfer("t-again", payee, 70_000));

        Assert.Equal(first.GetRawText(), second.GetRawText());
        await _bank.WaitQuietAsync();
        Assert.Equal(before + 70_000, await _bank.BalanceAsync(payee));
        Assert.Single(_bank.Receiver.Delivered.SelectMany(d => d.TransferIds), id => id == "t-again");
    }

    [Fact]
    public async Task Submit_WhenTransferIdRepeatedInAnotherBatch_AcknowledgesItAndMovesMoneyOnce()
    {
        var payee = ActivePayee(3);
        var payeeBefore = await _bank.BalanceAsync(payee);
        var governmentBefore = await _bank.GovernmentBalanceAsync();
        await _bank.SubmitAsync("batch-first", Transfer("t-once", payee, 123_456));
        await _bank.WaitSettledAsync("t-once");

        var again = await _bank.SubmitAsync("batch-second", Transfer("t-once", payee, 123_456));

        var acceptance = again.GetProperty("transfers")[0];
        Assert.Equal("AlreadyAccepted", acceptance.GetProperty("status").GetString());
        Assert.Equal("batch-first", acceptance.GetProperty("batchId").GetString());
        Assert.Equal("Succeeded", acceptance.GetProperty("transferStatus").GetString());
        await _bank.WaitQuietAsync();
        Assert.Equal(payeeBefore + 123_456, await _bank.BalanceAsync(payee));
        Assert.Equal(governmentBefore - 123_456, await _bank.GovernmentBalanceAsync());
        Assert.Single(_bank.Receiver.Delivered.SelectMany(d => d.TransferIds), id => id == "t-once");
    }

    [Fact]
    public async Task Submit_WhenTransferIdReusedWithOtherContent_RefusesItAndKeepsTheOriginal()
    {
        var payee = ActivePayee(4);
        await _bank.SubmitAsync("batch-orig", Transfer("t-reused", payee, 50_000));

        var other = await _bank.SubmitAsync("batch-other", Transfer("t-reused", payee, 51_000));

        Assert.Equal(("TRANSFER_ID_REUSED", "transfers[0].transferId"), Reason(other.GetProperty("transfers")[0]));
        await _bank.WaitSettledAsync("t-reused");
        var transfer = await _bank.GetJsonAsync("/bank/v1/transfers/t-reused");
        Assert.Equal(50_000, transfer.GetProperty("amountWon").GetInt64());
        Assert.Equal("batch-orig", transfer.GetProperty("batchId").GetString());
    }

    [Fact]
    public async Task Submit_WhenBatchIdReusedWithOtherContent_Returns409NamingBatchId()
    {
        await _bank.SubmitAsync("batch-conflict", Transfer("t-conflict-1", ActivePayee(), 1_000));

        var response = await _bank.Client.PostAsJsonAsync("/bank/v1/transfers/batches", new { batchId = "batch-conflict", transfers = new[] { Transfer("t-conflict-2", ActivePayee(), 1_000) } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "batchId");
        Assert.Equal("BATCH_ID_REUSED", problem.GetProperty("reasonCode").GetString());
    }

    public static TheoryData<string, string> BadBatches => new()
    {
        { """{"transfers":[{"transferId":"a"}]}""", "batchId" },
        { """{"batchId":"has space","transfers":[{"transferId":"a"}]}""", "batchId" },
        { """{"batchId":"b","transfers":[]}""", "transfers" },
        { """{"batchId":"b"}""", "transfers" },
        { """{"batchId":"b","transfers":[{"transferId":"1"},{"transferId":"2"},{"transferId":"3"},{"transferId":"4"},{"transferId":"5"},{"transferId":"6"}]}""", "transfers" },
        { """{"batchId":"b","transfers":[{"transferId":"a"},{"transferId":"a"}]}""", "transfers[1].transferId" },
        { """{"batchId":"b","transfers":[{"transferId":"a"},{"amountWon":5}]}""", "transfers[1].transferId" },
        { """{"batchId":"b","transfers":[{"transferId":"a","amountWon":"5000"}]}""", "transfers[0].amountWon" },
        { """{"batchId":"b","transfers":[{"transferId":"a","amountWon":1.5}]}""", "transfers[0].amountWon" },
    };

    [Theory]
    [MemberData(nameof(BadBatches))]
    public async Task Submit_WhenBatchMalformed_Returns400NamingFieldAndKeepsNothing(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await _bank.Client.PostAsync("/bank/v1/transfers/batches", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, (await _bank.StatisticsAsync()).BatchesReceived);
    }

    [Fact]
    public async Task GetBatch_WhenSettled_ShowsCountsAndEachTransfer()
    {
        await _bank.SubmitAsync("batch-status",
            Transfer("t-status-ok", ActivePayee(5), 1_000),
            Transfer("t-status-closed", ClosedPayee, 1_000, ClosedPayee.Account.HolderName),
            new { transferId = "t-status-bad", fromAccountNumber = SeoulGeneral, toBankCode = "004", toAccountNumber = "x", toHolderName = "김철수", amountWon = 10 });
        await _bank.WaitSettledAsync("t-status-closed");
        await _bank.WaitSettledAsync("t-status-ok");

        var batch = await _bank.GetJsonAsync("/bank/v1/transfers/batches/batch-status");

        Assert.Equal((0, 1, 1, 1), (batch.GetProperty("pending").GetInt32(), batch.GetProperty("succeeded").GetInt32(), batch.GetProperty("failed").GetInt32(), batch.GetProperty("rejected").GetInt32()));
        var closed = batch.GetProperty("transfers")[1].GetProperty("transfer");
        Assert.Equal("415", closed.GetProperty("responseCode").GetString());
    }

    [Fact]
    public async Task GetBatch_WhenUnknown_Returns404Problem()
    {
        var response = await _bank.Client.GetAsync("/bank/v1/transfers/batches/never-sent");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submit_WhenBankMemoryFull_Returns503AndRemembersNothingOfTheBatch()
    {
        await using var small = await StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxTransfers"] = "2" });
        await small.SubmitAsync("batch-fits", Transfer("t-fits", ActivePayee(), 1_000));

        var response = await small.Client.PostAsJsonAsync("/bank/v1/transfers/batches", new { batchId = "batch-full", transfers = new[] { Transfer("t-full-1", ActivePayee(), 1), Transfer("t-full-2", ActivePayee(), 1) } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("BANK_CAPACITY", problem.GetProperty("reasonCode").GetString());
        await ProblemAssert.IsProblemAsync(await small.Client.GetAsync("/bank/v1/transfers/t-full-1"), HttpStatusCode.NotFound);
        await small.SubmitAsync("batch-fits-too", Transfer("t-fits-too", ActivePayee(), 1_000));
    }

    private static (string?, string?) Reason(System.Text.Json.JsonElement acceptance)
    {
        Assert.Equal("Rejected", acceptance.GetProperty("status").GetString());
        return (acceptance.GetProperty("reasonCode").GetString(), acceptance.GetProperty("field").GetString());
    }
}
