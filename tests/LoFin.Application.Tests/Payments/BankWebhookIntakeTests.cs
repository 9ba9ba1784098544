using Xunit;
using System.Globalization;
using System.Text;
using LoFin.Application.Documents;
using LoFin.Application.Integrations;
using LoFin.Application.Payments.Bank;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;
using LoFin.Testing;

namespace LoFin.Application.Tests.Payments;

/// <summary>The intake alone, on a temp store and a manual clock: what is written, and what a second delivery changes.</summary>
public sealed class BankWebhookIntakeTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "intake-test-secret-0123456789";
    private static readonly TenantId Seoul = TenantId.Parse("11000");

    private readonly ManualClock _clock = new();
    private readonly TempStore _store = new();
    private readonly TenantDirectory _tenants = new();
    private BankWebhookIntake _intake = null!;

    public async Task InitializeAsync()
    {
        await _store.Documents.CreateAsync(TenantId.National, TenantRecord.DocumentId(Seoul),
            new TenantRecord(Seoul, "서울특별시", GovernmentLevel.Metropolitan, "특별시", null, null));
        await _tenants.LoadAsync(_store.Documents, CancellationToken.None);
        _intake = new BankWebhookIntake(_store.Documents, _tenants, new BankWebhookSettings([Secret], WebhookReplayWindow.Default), _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _store.Dispose();

    private static byte[] Body(string eventId, string batchId = "11000-PB-1") => Encoding.UTF8.GetBytes(
        "{\"eventId\":\"" + eventId + "\",\"type\":\"transfer.results\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{\"batchId\":\"" + batchId + "\",\"results\":[" +
        "{\"transferId\":\"11000-PO-1\",\"batchId\":\"" + batchId + "\",\"status\":\"Succeeded\",\"amountWon\":9007199254740993,\"responseCode\":\"000\",\"responseMessage\":\"정상 처리\"," +
        "\"bankTransactionId\":\"TX1\",\"acceptedAt\":\"2026-03-02T00:00:00Z\",\"settledAt\":\"2026-03-02T00:00:01Z\"}]}}");

    private Task<BankWebhookIntakeResult> ReceiveSignedAsync(byte[] body, DateTimeOffset? signedAt = null)
    {
        var timestamp = (signedAt ?? _clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _intake.ReceiveAsync(body, timestamp, WebhookSignature.Compute(body, Secret, timestamp), CancellationToken.None);
    }

    [Fact]
    public async Task Receive_WhenSignedResults_RecordsEventWithBodyHashAndEnqueuesMessageTogether()
    {
        var body = Body("evt_a");

        var result = await ReceiveSignedAsync(body);

        var recorded = Assert.IsType<BankWebhookIntakeResult.Recorded>(result);
        Assert.Equal(BankMessages.MessageIdFor("evt_a"), recorded.MessageId);
        var record = await _store.Documents.ReadAsync<BankEventRecord>(Seoul, BankEventRecord.DocumentId("evt_a"));
        Assert.NotNull(record);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), record.Body.BodySha256);
        Assert.Equal(_clock.GetUtcNow(), record.Body.ReceivedAt);
        var message = Assert.Single(await _store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
        var payload = DocumentJson.Deserialize<TransferResultsMessage>(message.BodyJson);
        // Larger than 2^53: a long survives where a double would not.
        Assert.Equal(9007199254740993L, payload.Results[0].AmountWon);
    }

    [Fact]
    public async Task Receive_WhenDeliveredAgainLater_AnswersAlreadyReceivedAndChangesNothing()
    {
        await ReceiveSignedAsync(Body("evt_b"));
        var before = await _store.Documents.ReadAsync<BankEventRecord>(Seoul, BankEventRecord.DocumentId("evt_b"));
        _clock.Advance(TimeSpan.FromHours(1));

        var again = await ReceiveSignedAsync(Body("evt_b"));

        Assert.IsType<BankWebhookIntakeResult.AlreadyReceived>(again);
        var after = await _store.Documents.ReadAsync<BankEventRecord>(Seoul, BankEventRecord.DocumentId("evt_b"));
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Single(await _store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Receive_WhenSignedJustInsideTheWindow_IsAcceptedAndJustOutsideIsRefused()
    {
        var inside = await ReceiveSignedAsync(Body("evt_c"), _clock.GetUtcNow().AddMinutes(-5));
        var outside = await ReceiveSignedAsync(Body("evt_d"), _clock.GetUtcNow().AddMinutes(-5).AddSeconds(-1));

        Assert.IsType<BankWebhookIntakeResult.Recorded>(inside);
        Assert.Equal(new BankWebhookIntakeResult.Unauthenticated(WebhookVerification.Stale), outside);
    }

    [Fact]
    public async Task Receive_WhenSignedByThePreviousSecretDuringRotation_IsAccepted()
    {
        var rotating = new BankWebhookIntake(_store.Documents, _tenants, new BankWebhookSettings(["new-secret-0123456789abc", Secret], WebhookReplayWindow.Default), _clock);
        var body = Body("evt_e");
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var result = await rotating.ReceiveAsync(body, timestamp, WebhookSignature.Compute(body, Secret, timestamp), CancellationToken.None);

        Assert.IsType<BankWebhookIntakeResult.Recorded>(result);
    }

    [Fact]
    public async Task Receive_WhenTenantPrefixIsWellFormedButNotAGovernment_IsUnprocessable()
    {
        var result = await ReceiveSignedAsync(Body("evt_f", batchId: "41110-PB-1"));

        Assert.Equal("data.batchId", Assert.IsType<BankWebhookIntakeResult.Unprocessable>(result).Field);
        Assert.Empty(await _store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
    }
}
