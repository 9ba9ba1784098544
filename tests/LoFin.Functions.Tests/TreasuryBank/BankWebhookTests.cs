using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Application.Integrations;
using LoFin.Application.Messaging;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.TreasuryBank;

public sealed class BankWebhookTests(BankWebhookAppFixture fixture) : IClassFixture<BankWebhookAppFixture>
{
    private static readonly TenantId Seoul = TenantId.Parse("11000");

    private readonly LoFinAppFactory _app = fixture.App;

    private async Task<HttpResponseMessage> DeliverAsync(HttpRequestMessage request)
    {
        using var client = _app.CreateClient();
        return await client.SendAsync(request);
    }

    /// <summary>Messages on the queue for this event (leased, so they are taken off for this test only).</summary>
    private async Task<IReadOnlyList<QueueMessage>> MessagesForAsync(string eventId)
    {
        var queue = _app.Services.GetRequiredService<IMessageQueue>();
        var found = new List<QueueMessage>();
        IReadOnlyList<QueueMessage> leased;
        do
        {
            leased = await queue.LeaseAsync(100, TimeSpan.FromHours(1));
            found.AddRange(leased.Where(m => m.MessageId == BankMessages.MessageIdFor(eventId)));
        }
        while (leased.Count > 0);
        return found;
    }

    private Task<Document<BankEventRecord>?> EventRecordAsync(TenantId tenant, string eventId) =>
        _app.Services.GetRequiredService<IDocumentStore>().ReadAsync<BankEventRecord>(tenant, BankEventRecord.DocumentId(eventId));

    [Fact]
    public async Task Webhook_WhenTransferResultsSigned_RecordsEventAndEnqueuesItsMessage()
    {
        var eventId = SignedDelivery.NewEventId();
        var body = SignedDelivery.TransferResults(eventId, "11000-PB-20260302-0001", ("11000-PO-1", "Succeeded", "000"), ("11000-PO-2", "Failed", "815"));

        var response = await DeliverAsync(SignedDelivery.Request(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("received", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var record = await EventRecordAsync(Seoul, eventId);
        Assert.NotNull(record);
        Assert.Equal("transfer.results", record.Body.EventType);
        Assert.Equal("11000-PB-20260302-0001", record.Body.Reference);
        var message = Assert.Single(await MessagesForAsync(eventId));
        Assert.Equal(BankMessages.TransferResults, message.Queue);
        Assert.Equal(Seoul, message.TenantId);
        var payload = DocumentJson.Deserialize<TransferResultsMessage>(message.BodyJson);
        Assert.Equal(eventId, payload.EventId);
        Assert.Equal(Seoul, payload.TenantId);
        Assert.Equal([TransferResultStatus.Succeeded, TransferResultStatus.Failed], payload.Results.Select(r => r.Status));
        Assert.Equal("815", payload.Results[1].ResponseCode);
        Assert.Equal(1_500_000, payload.Results[0].AmountWon);
    }

    [Fact]
    public async Task Webhook_WhenSameEventDeliveredTwice_AnswersOkAndKeepsExactlyOneMessage()
    {
        var eventId = SignedDelivery.NewEventId();
        var body = SignedDelivery.TransferResults(eventId, "11000-PB-dup", ("11000-PO-dup-1", "Succeeded", "000"));

        var first = await DeliverAsync(SignedDelivery.Request(body));
        var recorded = await EventRecordAsync(Seoul, eventId);
        var second = await DeliverAsync(SignedDelivery.Request(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("alreadyReceived", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(await MessagesForAsync(eventId));
        var after = await EventRecordAsync(Seoul, eventId);
        Assert.Equal(recorded!.ETag, after!.ETag);
    }

    [Fact]
    public async Task Webhook_WhenDepositNotice_EnqueuesDepositReceivedInTheReferencesTenant()
    {
        var eventId = SignedDelivery.NewEventId();

        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Deposit(eventId, "41110-NOTICE-2026-000042")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(await MessagesForAsync(eventId));
        Assert.Equal(BankMessages.DepositReceived, message.Queue);
        var payload = DocumentJson.Deserialize<DepositReceivedMessage>(message.BodyJson);
        Assert.Equal(TenantId.Parse("41110"), payload.TenantId);
        Assert.Equal(350_000, payload.AmountWon);
        Assert.Equal(VirtualAccountStatus.Paid, payload.Status);
        Assert.NotNull(await EventRecordAsync(TenantId.Parse("41110"), eventId));
    }

    [Fact]
    public async Task Webhook_WhenUnsigned_Returns401NamingTheHeader()
    {
        var eventId = SignedDelivery.NewEventId();

        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Deposit(eventId, "11000-NOTICE-1"), secret: null));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, WebhookSignature.TimestampHeader);
        Assert.Null(await EventRecordAsync(Seoul, eventId));
    }

    [Fact]
    public async Task Webhook_WhenSignedWithAnotherSecret_Returns401AndRecordsNothing()
    {
        var eventId = SignedDelivery.NewEventId();

        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Deposit(eventId, "11000-NOTICE-1"), secret: "another-secret-of-enough-length"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, WebhookSignature.SignatureHeader);
        Assert.Null(await EventRecordAsync(Seoul, eventId));
        Assert.Empty(await MessagesForAsync(eventId));
    }

    [Fact]
    public async Task Webhook_WhenBodyChangedAfterSigning_Returns401()
    {
        var eventId = SignedDelivery.NewEventId();
        var request = SignedDelivery.Request(SignedDelivery.Deposit(eventId, "11000-NOTICE-1"));
        var tampered = SignedDelivery.Deposit(eventId, "11000-NOTICE-2");
        request.Content = new ByteArrayContent(tampered) { Headers = { ContentType = new("application/json") } };

        var response = await DeliverAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, WebhookSignature.SignatureHeader);
    }

    [Fact]
    public async Task Webhook_WhenReplayedAfterTheWindow_Returns401()
    {
        var eventId = SignedDelivery.NewEventId();
        var body = SignedDelivery.Deposit(eventId, "11000-NOTICE-1");

        var stale = await DeliverAsync(SignedDelivery.Request(body, signedAt: DateTimeOffset.UtcNow.AddMinutes(-6)));
        var future = await DeliverAsync(SignedDelivery.Request(body, signedAt: DateTimeOffset.UtcNow.AddMinutes(3)));

        var problem = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.Unauthorized, WebhookSignature.TimestampHeader);
        Assert.Contains("오래", problem.GetProperty("detail").GetString());
        await ProblemAssert.IsProblemAsync(future, HttpStatusCode.Unauthorized, WebhookSignature.TimestampHeader);
        Assert.Null(await EventRecordAsync(Seoul, eventId));
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("{\"eventId\":\"evt_1\",\"type\":\"transfer.results\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{\"batchId\":\"11000-PB-1\",\"results\":[]}}", "data.results")]
    [InlineData("{\"eventId\":\"evt_1\",\"type\":\"transfer.results\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{\"batchId\":\"11000-PB-1\",\"results\":[{\"transferId\":\"11000-PO-1\",\"status\":\"Accepted\",\"amountWon\":1,\"responseCode\":\"000\",\"settledAt\":\"2026-03-02T00:00:00Z\"}]}}", "data.results[0].status")]
    [InlineData("{\"eventId\":\"bad id!\",\"type\":\"transfer.results\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{}}", "eventId")]
    [InlineData("{\"eventId\":\"evt_1\",\"type\":\"transfer.results\",\"createdAt\":\"2026-03-02T00:00:00Z\"}", "data")]
    [InlineData("{\"eventId\":\"evt_1\",\"type\":\"virtualAccount.deposited\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{\"amountWon\":\"1000\"}}", "data.referenceId")]
    public async Task Webhook_WhenSignedButMalformed_Returns400NamingTheField(string json, string field)
    {
        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Utf8(json)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("99999-PB-1", "data.batchId")]
    [InlineData("PB-20260302-0001", "data.batchId")]
    public async Task Webhook_WhenBatchIdNamesNoKnownTenant_Returns422(string batchId, string field)
    {
        var eventId = SignedDelivery.NewEventId();

        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.TransferResults(eventId, batchId, ("11000-PO-1", "Succeeded", "000"))));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, field);
        Assert.Empty(await MessagesForAsync(eventId));
    }

    [Fact]
    public async Task Webhook_WhenAResultBelongsToAnotherTenant_Returns422()
    {
        var body = SignedDelivery.TransferResults(SignedDelivery.NewEventId(), "11000-PB-1", ("11000-PO-1", "Succeeded", "000"), ("41110-PO-2", "Succeeded", "000"));

        var response = await DeliverAsync(SignedDelivery.Request(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "data.results[1].transferId");
    }

    [Fact]
    public async Task Webhook_WhenEventTypeUnknown_Returns422()
    {
        var json = "{\"eventId\":\"evt_x\",\"type\":\"account.closed\",\"createdAt\":\"2026-03-02T00:00:00Z\",\"data\":{}}";

        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Utf8(json)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "type");
    }

    [Fact]
    public async Task Webhook_WhenBodyOverOneMegabyte_Returns413()
    {
        var response = await DeliverAsync(SignedDelivery.Request(new byte[1024 * 1024 + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_WhenDelivered_IsNotAuditedPerRequest()
    {
        var store = _app.Services.GetRequiredService<IDocumentStore>();
        var response = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Deposit(SignedDelivery.NewEventId(), "11000-NOTICE-audit")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await DeliverAsync(SignedDelivery.Request(SignedDelivery.Utf8("{}"), secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        foreach (var tenant in new[] { Seoul, TenantId.National })
        {
            var records = await store.QueryAsync<AuditRecord>(tenant, new DocumentQuery { PageSize = 1000 });
            Assert.DoesNotContain(records.Items, r => r.Body.Action.Contains("webhooks", StringComparison.Ordinal));
        }
    }
}
