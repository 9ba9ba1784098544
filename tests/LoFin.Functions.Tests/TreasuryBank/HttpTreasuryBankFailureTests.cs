using System.Net;
using System.Net.Sockets;
using LoFin.Application.Payments.Bank;
using LoFin.Functions.Integrations.TreasuryBank;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>What the adapter makes of a bank that is full, unreachable, slow, failing or talking nonsense.</summary>
public sealed class HttpTreasuryBankFailureTests(BankSimulatorFixture fixture) : IClassFixture<BankSimulatorFixture>
{
    private static HttpTreasuryBank Adapter(string baseUrl, HttpMessageHandler? handler = null, int maxAttempts = 3, int timeoutMs = 10_000) =>
        new(handler is null ? HttpTreasuryBank.CreateHttpClient() : new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            new BankOptions { BaseUrl = baseUrl, MaxAttempts = maxAttempts, FirstRetryDelayMs = 1, RequestTimeoutMs = timeoutMs },
            TimeProvider.System, NullLogger<HttpTreasuryBank>.Instance);

    private static AccountVerificationRequest AnyVerification()
    {
        var payee = DemoBankAccounts.ActivePayee();
        return new AccountVerificationRequest(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName);
    }

    private static TransferBatchRequest AnyBatch()
    {
        var payee = DemoBankAccounts.ActivePayee();
        return new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"),
            [new TransferInstruction(DemoBankAccounts.NewId(), DemoBankAccounts.SeoulGeneral, payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName, 1_000, null)]);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenBankIsFull_ReturnsCapacityExhaustedWithoutRetrying()
    {
        await using var bank = await RunningBankSimulator.StartAsync(new Dictionary<string, string?> { ["Sim:Bank:MaxBatches"] = "1" });
        var handler = new ScriptedHandler();
        var adapter = Adapter(bank.BaseUrl, handler);
        Assert.IsType<TransferBatchOutcome.Received>(await adapter.SubmitTransferBatchAsync(AnyBatch()));

        var outcome = await adapter.SubmitTransferBatchAsync(AnyBatch());

        var refusal = Assert.IsType<TransferBatchOutcome.CapacityExhausted>(outcome).Refusal;
        Assert.Equal(503, refusal.StatusCode);
        Assert.Equal("BANK_CAPACITY", refusal.ReasonCode);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task VerifyAccount_WhenNothingListens_ReturnsTransportFailureAfterEveryAttempt()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var outcome = await Adapter($"http://127.0.0.1:{port}/bank/v1", maxAttempts: 2).VerifyAccountAsync(AnyVerification());

        var failure = Assert.IsType<AccountVerificationOutcome.Unavailable>(outcome).Failure;
        Assert.Equal(BankFailureKind.Transport, failure.Kind);
        Assert.Equal(2, failure.Attempts);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenFirstAttemptsGet5xx_RetriesAndSucceeds()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.InternalServerError), ScriptedHandler.Status(HttpStatusCode.BadGateway));

        var outcome = await Adapter(fixture.Bank.BaseUrl, handler).SubmitTransferBatchAsync(AnyBatch());

        Assert.Equal(1, Assert.IsType<TransferBatchOutcome.Received>(outcome).Receipt.AcceptedCount);
        Assert.Equal(3, handler.Requests);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenEveryAttemptGets5xx_ReturnsServerErrorWithStatus()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.InternalServerError), ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable));

        var outcome = await Adapter(fixture.Bank.BaseUrl, handler, maxAttempts: 2).SubmitTransferBatchAsync(AnyBatch());

        var failure = Assert.IsType<TransferBatchOutcome.Unavailable>(outcome).Failure;
        Assert.Equal(BankFailureKind.ServerError, failure.Kind);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(2, failure.Attempts);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenAResponseIsLostAfterAcceptance_RetryGetsTheSameReceipt()
    {
        var batch = AnyBatch();
        var direct = Adapter(fixture.Bank.BaseUrl);
        var original = Assert.IsType<TransferBatchOutcome.Received>(await direct.SubmitTransferBatchAsync(batch)).Receipt;
        // The bank accepted it; the answer "got lost" (a 502 from a proxy), so the adapter sends it again.
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.BadGateway));

        var retried = Assert.IsType<TransferBatchOutcome.Received>(await Adapter(fixture.Bank.BaseUrl, handler).SubmitTransferBatchAsync(batch)).Receipt;

        Assert.Equal(original.ReceivedAt, retried.ReceivedAt);
        Assert.Equal(TransferAcceptanceStatus.Accepted, retried.Transfers[0].Status);
    }

    [Fact]
    public async Task VerifyAccount_WhenBankHangs_ReturnsTimeout()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang, ScriptedHandler.Hang);

        var outcome = await Adapter(fixture.Bank.BaseUrl, handler, maxAttempts: 2, timeoutMs: 100).VerifyAccountAsync(AnyVerification());

        Assert.Equal(BankFailureKind.Timeout, Assert.IsType<AccountVerificationOutcome.Unavailable>(outcome).Failure.Kind);
    }

    [Fact]
    public async Task VerifyAccount_WhenCallerCancels_Throws()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Adapter(fixture.Bank.BaseUrl, handler).VerifyAccountAsync(AnyVerification(), cancellation.Token));
    }

    [Fact]
    public async Task GetTransfer_WhenAnswerIsNotJson_ReturnsUnexpectedResponse()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, "<html>proxy</html>"));

        var outcome = await Adapter(fixture.Bank.BaseUrl, handler).GetTransferAsync(DemoBankAccounts.NewId());

        var failure = Assert.IsType<TransferLookup.Unavailable>(outcome).Failure;
        Assert.Equal(BankFailureKind.UnexpectedResponse, failure.Kind);
        Assert.Equal(1, failure.Attempts);
    }

    [Fact]
    public async Task GetTransfer_WhenStatusIsNotInTheContract_ReturnsUnexpectedResponse()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.Forbidden));

        var outcome = await Adapter(fixture.Bank.BaseUrl, handler).GetTransferAsync(DemoBankAccounts.NewId());

        Assert.Equal(403, Assert.IsType<TransferLookup.Unavailable>(outcome).Failure.StatusCode);
    }
}
