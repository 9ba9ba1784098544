using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Simulators.Tests.Support;

namespace LoFin.Simulators.Tests.Accounts;

public sealed class VerifyAccountTests : IAsyncLifetime
{
    private BankHarness _bank = null!;

    public async Task InitializeAsync() => _bank = await BankHarness.StartAsync();

    public async Task DisposeAsync() => await _bank.DisposeAsync();

    [Fact]
    public async Task Verify_WhenNameMatches_ReturnsMatchWithMaskedName()
    {
        var payee = BankHarness.ActivePayee();

        var answer = await VerifyAsync(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName);

        Assert.Equal("Match", answer.GetProperty("result").GetString());
        Assert.Equal("000", answer.GetProperty("responseCode").GetString());
        var masked = answer.GetProperty("holderNameMasked").GetString()!;
        Assert.Contains('*', masked);
        Assert.NotEqual(payee.Account.HolderName, masked);
        Assert.EndsWith(payee.Account.Key.AccountNumber[^4..], answer.GetProperty("accountNumberMasked").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenNameDiffers_ReturnsMismatchWithBanksNameMasked()
    {
        var payee = BankHarness.StaleNamePayee;

        var answer = await VerifyAsync(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.RegisteredName);

        Assert.Equal("Mismatch", answer.GetProperty("result").GetString());
        Assert.Equal("815", answer.GetProperty("responseCode").GetString());
        Assert.Equal(Bank.Accounts.HolderName.Mask(payee.Account.HolderName), answer.GetProperty("holderNameMasked").GetString());
    }

    [Fact]
    public async Task Verify_WhenPersonsNameDiffers_MasksAsKimStarSu()
    {
        var person = BankHarness.Demo.Payees.First(p => p.Account.HolderName.Length == 3 && !p.Account.HolderName.Contains(' ', StringComparison.Ordinal) && p.Account.Status == Bank.Accounts.AccountStatus.Active);

        var answer = await VerifyAsync(person.Account.Key.BankCode, person.Account.Key.AccountNumber, "홍길동");

        var name = person.Account.HolderName;
        Assert.Equal("Mismatch", answer.GetProperty("result").GetString());
        Assert.Equal($"{name[0]}*{name[2]}", answer.GetProperty("holderNameMasked").GetString());
    }

    [Fact]
    public async Task Verify_WhenLegalFormWrittenDifferently_StillMatches()
    {
        var firm = BankHarness.Demo.Payees.First(p => p.Account.HolderName.StartsWith("(주)", StringComparison.Ordinal) && p.Account.Status == Bank.Accounts.AccountStatus.Active);

        var answer = await VerifyAsync(firm.Account.Key.BankCode, firm.Account.Key.AccountNumber, "주식회사 " + firm.Account.HolderName[3..]);

        Assert.Equal("Match", answer.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Verify_WhenAccountUnknown_ReturnsAccountNotFoundWithoutName()
    {
        var answer = await VerifyAsync("004", "99999999999999", "김철수");

        Assert.Equal("AccountNotFound", answer.GetProperty("result").GetString());
        Assert.Equal("412", answer.GetProperty("responseCode").GetString());
        Assert.False(answer.TryGetProperty("holderNameMasked", out _));
    }

    [Fact]
    public async Task Verify_WhenAccountClosed_ReturnsAccountClosed()
    {
        var payee = BankHarness.ClosedPayee;

        var answer = await VerifyAsync(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.Account.HolderName);

        Assert.Equal("AccountClosed", answer.GetProperty("result").GetString());
        Assert.Equal("415", answer.GetProperty("responseCode").GetString());
    }

    [Fact]
    public async Task Verify_WhenAccountListedAsNameMismatchFault_ReturnsMismatchEvenForTrueName()
    {
        var payee = BankHarness.ActivePayee();
        await _bank.SetFaultsAsync(new { nameMismatchAccounts = new[] { new { bankCode = payee.Account.Key.BankCode, accountNumber = payee.Account.Key.AccountNumber } } });

        var answer = await VerifyAsync(payee.Account.Key.BankCode, payee.Account.Key.AccountNumber, payee.Account.HolderName);

        Assert.Equal("Mismatch", answer.GetProperty("result").GetString());
    }

    [Theory]
    [InlineData("""{"bankCode":"999","accountNumber":"12345678","holderName":"김철수"}""", "bankCode")]
    [InlineData("""{"bankCode":"004","accountNumber":"123-456-789","holderName":"김철수"}""", "accountNumber")]
    [InlineData("""{"bankCode":"004","accountNumber":"12345678","holderName":""}""", "holderName")]
    [InlineData("""{"bankCode":"004","accountNumber":"12345678"}""", "holderName")]
    [InlineData("""{"bankCode":"004","accountNumber":12345678,"holderName":"김철수"}""", "accountNumber")]
    [InlineData("""{"bankCode":"004",""", "body")]
    public async Task Verify_WhenInputBad_Returns400NamingField(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await _bank.Client.PostAsync("/bank/v1/accounts/verify", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    private async Task<JsonElement> VerifyAsync(string bankCode, string accountNumber, string holderName)
    {
        var response = await _bank.Client.PostAsJsonAsync("/bank/v1/accounts/verify", new { bankCode, accountNumber, holderName });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
