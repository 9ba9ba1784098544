using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// 예금주 조회 (수취 조회): does this account exist, is it open, and is it this holder's? The
/// answer is always 200 when the question was well formed; "not found" is an answer, not an
/// error. The bank's name for the holder comes back masked, like a real bank's.
/// </summary>
public static class VerifyAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/bank/v1/accounts/verify", Handle).WithName("VerifyAccount").WithSummary("예금주 조회");

    private static IResult Handle(Request request, AccountDirectory accounts, FaultInjector faults, BankStatistics statistics, TimeProvider time)
    {
        var errors = new FieldErrors();
        if (!KoreanBanks.IsKnown(request.BankCode))
        {
            errors.Add("bankCode", "은행 코드를 알 수 없습니다 (금융결제원 표준코드 3자리).");
        }
        if (!AccountNumbers.IsWellFormed(request.AccountNumber))
        {
            errors.Add("accountNumber", $"계좌번호는 하이픈 없는 숫자 {AccountNumbers.MinDigits}~{AccountNumbers.MaxDigits}자리입니다.");
        }
        if (!HolderName.IsWellFormed(request.HolderName))
        {
            errors.Add("holderName", $"예금주 성명은 1~{HolderName.MaxLength}자입니다.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var key = new AccountKey(request.BankCode!, request.AccountNumber!);
        var account = accounts.Find(key);
        var check = AccountDirectory.Check(account, request.HolderName!, faults.Current.IsNameMismatch(key));
        statistics.Verification();
        var response = check switch
        {
            HolderCheck.Match => BankResponses.Ok,
            HolderCheck.Mismatch => BankResponses.HolderNameMismatch,
            HolderCheck.AccountClosed => BankResponses.AccountClosed,
            _ => BankResponses.AccountNotFound,
        };
        return TypedResults.Ok(new Response(
            key.BankCode,
            KoreanBanks.NameOf(key.BankCode),
            AccountNumbers.Mask(key.AccountNumber),
            check,
            account is null ? null : HolderName.Mask(account.HolderName),
            response.Code,
            response.Message,
            time.GetUtcNow()));
    }

    public sealed record Request(string? BankCode, string? AccountNumber, string? HolderName);

    /// <param name="HolderNameMasked">The bank's name for the holder, masked; absent when there is no such account.</param>
    public sealed record Response(
        string BankCode,
        string BankName,
        string AccountNumberMasked,
        HolderCheck Result,
        string? HolderNameMasked,
        string ResponseCode,
        string ResponseMessage,
        DateTimeOffset VerifiedAt);
}
