using LoFin.Testing;
using System.Net.Http.Json;
using LoFin.Application.Payments.Bank;
using LoFin.Functions.Integrations.TreasuryBank;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>The adapter against the real simulator over loopback HTTP: every method and how each answer maps.</summary>
public sealed class HttpTreasuryBankContractTests(BankSimulatorFixture fixture) : IClassFixture<BankSimulatorFixture>
{
    private readonly HttpTreasuryBank _bank = new(HttpTreasuryBank.CreateHttpClient(),
        new BankOptions { BaseUrl = fixture.Bank.BaseUrl, FirstRetryDelayMs = 10 }, TimeProvider.System, NullLogger<HttpTreasuryBank>.Instance);

    private static TransferInstruction Transfer(string transferId, int payee = 0, long amountWon = 150_000, string from = DemoBankAccounts.SeoulGeneral)
    {
        var account = DemoBankAccounts.ActivePayee(payee);
        return new TransferInstruction(transferId, from, account.Account.Key.BankCode, account.Account.Key.AccountNumber, account.RegisteredName, amountWon, "계약 테스트");
    }

    [Fact]
    public async Task VerifyAccount_WhenNameMatches_ReturnsMatchMasked()
    {
        var payee = DemoBankAccounts.ActivePayee();

        var outcome = await _bank.VerifyAccountAsync(new AccountVerificationRequest(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName));

        var verified = Assert.IsType<AccountVerificationOutcome.Verified>(outcome).Verification;
        Assert.Equal(AccountVerificationResult.Match, verified.Result);
        Assert.Equal("000", verified.ResponseCode);
        Assert.EndsWith(payee.Account.Key.AccountNumber[^4..], verified.AccountNumberMasked);
        Assert.DoesNotContain(payee.Account.Key.AccountNumber, verified.AccountNumberMasked);
        Assert.Contains('*', verified.HolderNameMasked ?? "");
    }

    [Fact]
    public async Task VerifyAccount_WhenNameDiffers_ReturnsMismatch()
    {
        var payee = DemoBankAccounts.ActivePayee();

        var outcome = await _bank.VerifyAccountAsync(new AccountVerificationRequest(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, "전혀다른이름"));

        Assert.Equal(AccountVerificationResult.Mismatch, Assert.IsType<AccountVerificationOutcome.Verified>(outcome).Verification.Result);
    }

    [Fact]
    public async Task VerifyAccount_WhenAccountClosedOrMissing_SaysWhich()
    {
        var closed = DemoBankAccounts.ClosedPayee;

        var closedOutcome = await _bank.VerifyAccountAsync(new AccountVerificationRequest(closed.Account.Key.BankCode, closed.Account.Key.AccountNumber, closed.RegisteredName));
        var missingOutcome = await _bank.VerifyAccountAsync(new AccountVerificationRequest("004", "99999999999999", "홍길동"));

        Assert.Equal(AccountVerificationResult.AccountClosed, Assert.IsType<AccountVerificationOutcome.Verified>(closedOutcome).Verification.Result);
        var missing = Assert.IsType<AccountVerificationOutcome.Verified>(missingOutcome).Verification;
        Assert.Equal(AccountVerificationResult.AccountNotFound, missing.Result);
        Assert.Null(missing.HolderNameMasked);
    }

    [Fact]
    public async Task VerifyAccount_WhenBankCodeUnknown_ReturnsInvalidNamingTheField()
    {
        var outcome = await _bank.VerifyAccountAsync(new AccountVerificationRequest("999", "123456789", "홍길동"));

        Assert.Contains("bankCode", Assert.IsType<AccountVerificationOutcome.Invalid>(outcome).Errors.Errors.Keys);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenSentTwice_AcceptsOnceAndAnswersTheSameAgain()
    {
        var batch = new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [Transfer(DemoBankAccounts.NewId()), Transfer(DemoBankAccounts.NewId(), payee: 1)]);

        var first = Assert.IsType<TransferBatchOutcome.Received>(await _bank.SubmitTransferBatchAsync(batch)).Receipt;
        var again = Assert.IsType<TransferBatchOutcome.Received>(await _bank.SubmitTransferBatchAsync(batch)).Receipt;

        Assert.Equal(2, first.AcceptedCount);
        Assert.All(first.Transfers, t => Assert.Equal(TransferAcceptanceStatus.Accepted, t.Status));
        Assert.Equal(batch.Transfers.Select(t => t.TransferId), first.Transfers.Select(t => t.TransferId));
        Assert.Equal(first.ReceivedAt, again.ReceivedAt);
        Assert.Equal(first.AcceptedCount, again.AcceptedCount);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenTransferRepeatsAnAcceptedOne_SaysAlreadyAccepted()
    {
        var transfer = Transfer(DemoBankAccounts.NewId());
        await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [transfer]));
        var firstBatchId = ((TransferBatchOutcome.Received)await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [transfer]))).Receipt.Transfers[0];

        Assert.Equal(TransferAcceptanceStatus.AlreadyAccepted, firstBatchId.Status);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenOneTransferIsWrong_RejectsItWithReasonAndField()
    {
        var good = Transfer(DemoBankAccounts.NewId());
        var unknownFrom = Transfer(DemoBankAccounts.NewId(), from: "999999999999");

        var receipt = Assert.IsType<TransferBatchOutcome.Received>(
            await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [good, unknownFrom]))).Receipt;

        Assert.Equal(TransferAcceptanceStatus.Accepted, receipt.Transfers[0].Status);
        var rejected = receipt.Transfers[1];
        Assert.Equal(TransferAcceptanceStatus.Rejected, rejected.Status);
        Assert.Equal("FROM_ACCOUNT_UNKNOWN", rejected.ReasonCode);
        Assert.Equal("transfers[1].fromAccountNumber", rejected.Field);
        Assert.False(string.IsNullOrEmpty(rejected.ReasonMessage));
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenBatchIdReusedWithOtherContent_ReturnsBatchIdReused()
    {
        var batchId = DemoBankAccounts.NewId(kind: "PB");
        await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(batchId, [Transfer(DemoBankAccounts.NewId())]));

        var outcome = await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(batchId, [Transfer(DemoBankAccounts.NewId())]));

        var refusal = Assert.IsType<TransferBatchOutcome.BatchIdReused>(outcome).Refusal;
        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal("BATCH_ID_REUSED", refusal.ReasonCode);
    }

    [Fact]
    public async Task SubmitTransferBatch_WhenTransferIdRepeatedInBatch_ReturnsInvalidNamingTheTransfer()
    {
        var transferId = DemoBankAccounts.NewId();

        var outcome = await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [Transfer(transferId), Transfer(transferId, payee: 1)]));

        Assert.Contains("transfers[1].transferId", Assert.IsType<TransferBatchOutcome.Invalid>(outcome).Errors.Errors.Keys);
    }

    [Fact]
    public async Task GetTransfer_AfterSettlement_ReturnsFinalResult()
    {
        var transfer = Transfer(DemoBankAccounts.NewId(), amountWon: 77_000);
        await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(DemoBankAccounts.NewId(kind: "PB"), [transfer]));

        BankTransfer? settled = null;
        await Eventually.HoldsAsync(async () =>
        {
            settled = Assert.IsType<TransferLookup.Found>(await _bank.GetTransferAsync(transfer.TransferId)).Transfer;
            return settled.Status != BankTransferStatus.Accepted;
        }, "transfer settled");

        Assert.Equal(BankTransferStatus.Succeeded, settled!.Status);
        Assert.Equal(77_000, settled.AmountWon);
        Assert.Equal("000", settled.ResponseCode);
        Assert.NotNull(settled.BankTransactionId);
        Assert.NotNull(settled.SettledAt);
    }

    [Fact]
    public async Task GetTransfer_WhenNeverAccepted_ReturnsNeverAccepted()
    {
        var transferId = DemoBankAccounts.NewId();

        Assert.Equal(new TransferLookup.NeverAccepted(transferId), await _bank.GetTransferAsync(transferId));
    }

    [Fact]
    public async Task GetTransferBatch_WhenReceived_ListsEveryTransferWithCounts()
    {
        var batchId = DemoBankAccounts.NewId(kind: "PB");
        await _bank.SubmitTransferBatchAsync(new TransferBatchRequest(batchId, [Transfer(DemoBankAccounts.NewId()), Transfer(DemoBankAccounts.NewId(), from: "999999999999")]));

        var batch = Assert.IsType<TransferBatchLookup.Found>(await _bank.GetTransferBatchAsync(batchId)).Batch;

        Assert.Equal(batchId, batch.BatchId);
        Assert.Equal(2, batch.Transfers.Count);
        Assert.Equal(1, batch.Rejected);
        Assert.Equal(1, batch.Pending + batch.Succeeded + batch.Failed);
        Assert.NotNull(batch.Transfers[0].Transfer);
        Assert.Equal(TransferAcceptanceStatus.Rejected, batch.Transfers[1].Acceptance);
        Assert.Null(batch.Transfers[1].Transfer);
    }

    [Fact]
    public async Task GetTransferBatch_WhenNeverReceived_ReturnsNeverReceived()
    {
        var batchId = DemoBankAccounts.NewId(kind: "PB");

        Assert.Equal(new TransferBatchLookup.NeverReceived(batchId), await _bank.GetTransferBatchAsync(batchId));
    }

    [Fact]
    public async Task OpenVirtualAccount_WhenSentTwice_OpensOnceAndReplaysTheSameAccount()
    {
        var request = new VirtualAccountOpeningRequest(DemoBankAccounts.NewId(kind: "NOTICE"), DemoBankAccounts.SeoulGeneral, 350_000,
            DateTimeOffset.UtcNow.AddDays(30), "홍길동");

        var first = Assert.IsType<VirtualAccountOpeningOutcome.Opened>(await _bank.OpenVirtualAccountAsync(request));
        var again = Assert.IsType<VirtualAccountOpeningOutcome.Opened>(await _bank.OpenVirtualAccountAsync(request));

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.Account.VirtualAccountNumber, again.Account.VirtualAccountNumber);
        Assert.Equal(350_000, first.Account.RemainingWon);
        Assert.Equal(VirtualAccountStatus.Open, first.Account.Status);
        Assert.Equal(VirtualAccountAmountPolicy.Exact, first.Account.AmountPolicy);
    }

    [Fact]
    public async Task OpenVirtualAccount_WhenReferenceReusedWithOtherContent_ReturnsReferenceIdReused()
    {
        var referenceId = DemoBankAccounts.NewId(kind: "NOTICE");
        var expiresAt = DateTimeOffset.UtcNow.AddDays(30);
        await _bank.OpenVirtualAccountAsync(new VirtualAccountOpeningRequest(referenceId, DemoBankAccounts.SeoulGeneral, 350_000, expiresAt, null));

        var outcome = await _bank.OpenVirtualAccountAsync(new VirtualAccountOpeningRequest(referenceId, DemoBankAccounts.SeoulGeneral, 360_000, expiresAt, null));

        Assert.Equal("REFERENCE_ID_REUSED", Assert.IsType<VirtualAccountOpeningOutcome.ReferenceIdReused>(outcome).Refusal.ReasonCode);
    }

    [Fact]
    public async Task OpenVirtualAccount_WhenCollectingAccountIsNotTheGovernments_ReturnsInvalidNamingTheField()
    {
        var outcome = await _bank.OpenVirtualAccountAsync(new VirtualAccountOpeningRequest(DemoBankAccounts.NewId(kind: "NOTICE"), "123456789", 1_000,
            DateTimeOffset.UtcNow.AddDays(1), null));

        Assert.Contains("collectingAccountNumber", Assert.IsType<VirtualAccountOpeningOutcome.Invalid>(outcome).Errors.Errors.Keys);
    }

    [Fact]
    public async Task GetVirtualAccount_ByNumberAndByReference_ShowsDeposits()
    {
        var referenceId = DemoBankAccounts.NewId(kind: "NOTICE");
        var opened = (VirtualAccountOpeningOutcome.Opened)await _bank.OpenVirtualAccountAsync(new VirtualAccountOpeningRequest(referenceId, DemoBankAccounts.SeoulGeneral,
            100_000, DateTimeOffset.UtcNow.AddDays(30), "홍길동", VirtualAccountAmountPolicy.AllowPartial));
        using var admin = new HttpClient();
        var deposit = await admin.PostAsJsonAsync(fixture.Bank.BaseUrl + "/admin/deposits",
            new { depositId = DemoBankAccounts.NewId(kind: "DEP"), virtualAccountNumber = opened.Account.VirtualAccountNumber, amountWon = 40_000, depositorName = "홍길동" });
        deposit.EnsureSuccessStatusCode();

        var byNumber = Assert.IsType<VirtualAccountLookup.Found>(await _bank.GetVirtualAccountAsync(opened.Account.VirtualAccountNumber)).Account;
        var byReference = Assert.IsType<VirtualAccountLookup.Found>(await _bank.GetVirtualAccountByReferenceAsync(referenceId)).Account;

        Assert.Equal(byNumber, byReference with { Deposits = byNumber.Deposits });
        Assert.Equal(VirtualAccountStatus.PartiallyPaid, byNumber.Status);
        Assert.Equal(60_000, byNumber.RemainingWon);
        var received = Assert.Single(byNumber.Deposits);
        Assert.Equal(1, received.Sequence);
        Assert.Equal(40_000, received.PaidWon);
    }

    [Fact]
    public async Task GetVirtualAccount_WhenUnknown_ReturnsNotFound()
    {
        Assert.IsType<VirtualAccountLookup.NotFound>(await _bank.GetVirtualAccountAsync("79400000000000"));
        Assert.IsType<VirtualAccountLookup.NotFound>(await _bank.GetVirtualAccountByReferenceAsync(DemoBankAccounts.NewId(kind: "NOTICE")));
    }
}
