using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LoFin.Application.Integrations;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>Bank webhook bodies shaped as the simulator sends them, signed as it signs them.</summary>
public static class SignedDelivery
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NewEventId() => "evt_test_" + Guid.NewGuid().ToString("N");

    public static byte[] TransferResults(string eventId, string batchId, params (string TransferId, string Status, string Code)[] results) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId,
            type = "transfer.results",
            createdAt = DateTimeOffset.UtcNow,
            data = new
            {
                batchId,
                results = results.Select(r => new
                {
                    transferId = r.TransferId,
                    batchId,
                    status = r.Status,
                    amountWon = 1_500_000L,
                    fromAccountNumber = "110001000001",
                    toBankCode = "031",
                    toAccountNumberMasked = "********8455",
                    toHolderNameMasked = "주식회사 한**구",
                    responseCode = r.Code,
                    responseMessage = r.Code == "000" ? "정상 처리" : "예금주 불일치",
                    bankTransactionId = "TX9F3A21C40000000001",
                    acceptedAt = DateTimeOffset.UtcNow.AddSeconds(-1),
                    settledAt = DateTimeOffset.UtcNow,
                }),
            },
        }, Json);

    public static byte[] Deposit(string eventId, string referenceId, int sequence = 1) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId,
            type = "virtualAccount.deposited",
            createdAt = DateTimeOffset.UtcNow,
            data = new
            {
                depositId = "dep-" + eventId,
                virtualAccountNumber = "79482100000001",
                referenceId,
                collectingAccountNumber = "110001000001",
                amountWon = 350_000L,
                depositorNameMasked = "홍*동",
                sequence,
                paidWon = 350_000L,
                remainingWon = 0L,
                virtualAccountStatus = "Paid",
                bankTransactionId = "TX9F3A21C40000000002",
                depositedAt = DateTimeOffset.UtcNow,
            },
        }, Json);

    public static HttpRequestMessage Request(byte[] body, string? secret = BankWebhookAppFixture.Secret, DateTimeOffset? signedAt = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/bank") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(body, secret, timestamp));
        }
        return request;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
