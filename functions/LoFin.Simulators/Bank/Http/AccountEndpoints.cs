using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Seed;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// Account reads: a government's balance of its own 회계 account (잔액 조회, for the funds
/// position), and for tests and demos any account in full and the generated demo data.
/// </summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bank/v1/accounts/{accountNumber}/balance", (string accountNumber, AccountDirectory accounts, TimeProvider time) =>
                accounts.FindGovernmentAccount(accountNumber) is { } account
                    ? TypedResults.Ok(new Balance(account.Key.AccountNumber, account.HolderName, account.BalanceWon, time.GetUtcNow()))
                    : BankProblems.NotFound($"이 금고의 회계 계좌 '{accountNumber}'"))
            .WithName("GetAccountBalance").WithSummary("회계 계좌 잔액 조회");

        app.MapGet("/bank/v1/admin/accounts/{bankCode}/{accountNumber}", (string bankCode, string accountNumber, AccountDirectory accounts) =>
                accounts.Find(new AccountKey(bankCode, accountNumber)) is { } account
                    ? TypedResults.Ok(AccountView.Of(account))
                    : BankProblems.NotFound($"계좌 '{bankCode}-{accountNumber}'"))
            .WithName("GetAccount").WithSummary("계좌 조회 (시험용, 마스킹 없음)");

        app.MapGet("/bank/v1/admin/demo-accounts", (AccountDirectory accounts) => TypedResults.Ok(new DemoAccounts(
                accounts.Data.GovernmentAccounts.Select(AccountView.Of).ToList(),
                accounts.Data.Payees.Select(p => new Payee(AccountView.Of(p.Account), p.RegisteredName, p.RegisteredNameMatches)).ToList())))
            .WithName("ListDemoAccounts").WithSummary("시연용 계좌 목록 (시험용)");
    }

    public sealed record Balance(string AccountNumber, string HolderName, long BalanceWon, DateTimeOffset AsOf);

    public sealed record AccountView(
        string BankCode,
        string BankName,
        string AccountNumber,
        string HolderName,
        AccountHolderKind HolderKind,
        AccountStatus Status,
        long BalanceWon,
        GovernmentAccountInfo? Government)
    {
        public static AccountView Of(BankAccount account) => new(
            account.Key.BankCode, KoreanBanks.NameOf(account.Key.BankCode), account.Key.AccountNumber, account.HolderName,
            account.HolderKind, account.Status, account.BalanceWon, account.Government);
    }

    /// <param name="RegisteredName">How a government's register spells the payee; when it does not match, payments are refused with 815.</param>
    public sealed record Payee(AccountView Account, string RegisteredName, bool RegisteredNameMatches);

    public sealed record DemoAccounts(IReadOnlyList<AccountView> Governments, IReadOnlyList<Payee> Payees);
}
