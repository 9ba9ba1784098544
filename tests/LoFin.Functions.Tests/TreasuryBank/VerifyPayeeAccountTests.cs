using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Payments.Payees;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.TreasuryBank;

public sealed class VerifyPayeeAccountTests(VerificationAppFixture fixture) : IClassFixture<VerificationAppFixture>
{
    private const string Route = "/api/tenants/11000/payees/verifications";

    private static object Matching()
    {
        var payee = DemoBankAccounts.ActivePayee(3);
        return new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber, holderName = payee.RegisteredName };
    }

    [Theory]
    [InlineData("seoul.clerk")]
    [InlineData("seoul.finance")]
    [InlineData("seoul.disbursing")]
    [InlineData("seoul.cashier")]
    public async Task Verify_WhenOfficialChecksMatchingAccount_ReturnsMaskedAnswerAndKeepsMaskedRecord(string userId)
    {
        var payee = DemoBankAccounts.ActivePayee(3);
        using var client = await fixture.App.ClientAsAsync(userId);

        var response = await client.PostAsJsonAsync(Route, Matching());

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Match", answer.GetProperty("result").GetString());
        Assert.Equal("000", answer.GetProperty("responseCode").GetString());
        Assert.Equal("정상 처리", answer.GetProperty("message").GetString());
        Assert.DoesNotContain(payee.Account.Key.AccountNumber, body);
        Assert.DoesNotContain(payee.RegisteredName, body);

        var id = answer.GetProperty("verificationId").GetString()!;
        var store = fixture.App.Services.GetRequiredService<IDocumentStore>();
        var record = await store.ReadAsync<PayeeVerificationRecord>(TenantId.Parse("11000"), id);
        Assert.NotNull(record);
        Assert.Equal(userId, record.Body.VerifiedBy);
        var stored = DocumentJson.Serialize(record.Body);
        Assert.DoesNotContain(payee.Account.Key.AccountNumber, stored);
        Assert.DoesNotContain(payee.RegisteredName, stored);
    }

    [Fact]
    public async Task Verify_WhenNameDiffers_ReturnsMismatchWithBanksMaskedName()
    {
        var payee = DemoBankAccounts.ActivePayee(3);
        using var client = await fixture.App.ClientAsAsync("seoul.clerk");

        var response = await client.PostAsJsonAsync(Route, new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber, holderName = "엉뚱한사람" });

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mismatch", answer.GetProperty("result").GetString());
        Assert.Equal("예금주 불일치", answer.GetProperty("message").GetString());
        Assert.Contains('*', answer.GetProperty("holderNameMasked").GetString()!);
    }

    [Fact]
    public async Task Verify_WhenInputInvalid_Returns400NamingEachField()
    {
        using var client = await fixture.App.ClientAsAsync("seoul.clerk");

        var response = await client.PostAsJsonAsync(Route, new { bankCode = "04", accountNumber = "123-456", holderName = new string('가', 51) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bankCode");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("accountNumber", out _));
        Assert.True(errors.TryGetProperty("holderName", out _));
    }

    [Fact]
    public async Task Verify_WhenBankDoesNotKnowTheBankCode_Returns400NamingBankCode()
    {
        using var client = await fixture.App.ClientAsAsync("seoul.clerk");

        var response = await client.PostAsJsonAsync(Route, new { bankCode = "999", accountNumber = "1234567890", holderName = "홍길동" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bankCode");
    }

    [Theory]
    [InlineData("seoul.budget")]
    [InlineData("seoul.vendor")]
    [InlineData("seoul.resident")]
    public async Task Verify_WhenRoleNotAllowed_Returns403(string userId)
    {
        using var client = await fixture.App.ClientAsAsync(userId);

        var response = await client.PostAsJsonAsync(Route, Matching());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Verify_WhenOfficialOfAnotherGovernment_Returns403()
    {
        using var client = await fixture.App.ClientAsAsync("suwon.clerk");

        var response = await client.PostAsJsonAsync(Route, Matching());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Verify_WhenNotSignedIn_Returns401()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsJsonAsync(Route, Matching());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Verify_WhenBankUnreachable_Returns503AndRecordsNothing()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var app = new LoFinAppFactory(settings: new Dictionary<string, string?>
        {
            ["Bank:BaseUrl"] = $"http://127.0.0.1:{port}/bank/v1",
            ["Bank:MaxAttempts"] = "2",
            ["Bank:FirstRetryDelayMs"] = "1",
        });
        try
        {
            using var client = await app.ClientAsAsync("seoul.clerk");

            var response = await client.PostAsJsonAsync(Route, Matching());

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            var records = await app.Services.GetRequiredService<IDocumentStore>().QueryAsync<PayeeVerificationRecord>(TenantId.Parse("11000"), new DocumentQuery());
            Assert.Empty(records.Items);
        }
        finally
        {
            app.DeleteData();
        }
    }
}
