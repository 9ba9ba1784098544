using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.VirtualAccounts;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// 가상계좌 발급 for one notice or refund, under a client-made reference id: 201 the first time,
/// 200 with the same account when the same request comes again, 409 when the reference id was
/// used for something else. Money paid in goes to the named government 회계 account.
/// </summary>
public static class IssueVirtualAccountEndpoint
{
    /// <summary>Longer than any 납부 기한 a notice sets.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(400);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/bank/v1/virtual-accounts", Handle).WithName("IssueVirtualAccount").WithSummary("가상계좌 발급");

    private static IResult Handle(Request request, AccountDirectory accounts, VirtualAccountBook book, TimeProvider time)
    {
        var errors = new FieldErrors();
        if (!ClientIds.IsWellFormed(request.ReferenceId))
        {
            errors.Add("referenceId", "참조 id는 " + ClientIds.Rule);
        }
        var collecting = accounts.FindGovernmentAccount(request.CollectingAccountNumber);
        if (collecting is null)
        {
            errors.Add("collectingAccountNumber", "입금될 계좌가 이 금고의 지방자치단체 회계 계좌가 아닙니다.");
        }
        if (request.AmountWon is not (> 0 and <= Transfers.TransferRules.MaxAmountWon))
        {
            errors.Add("amountWon", "금액은 1원 이상입니다.");
        }
        var now = time.GetUtcNow();
        if (request.ExpiresAt is not { } expiresAt || expiresAt <= now || expiresAt > now + MaxLifetime)
        {
            errors.Add("expiresAt", $"입금 기한은 지금 이후 {MaxLifetime.TotalDays:0}일 이내의 시각입니다 (ISO 8601, 예: 2026-03-31T14:59:59Z).");
        }
        if (request.PayerName is not null && !HolderName.IsWellFormed(request.PayerName))
        {
            errors.Add("payerName", $"납부자 성명은 1~{HolderName.MaxLength}자입니다.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var issue = book.Issue(
            new VirtualAccountRequest(request.ReferenceId!, request.CollectingAccountNumber!, request.AmountWon!.Value, request.ExpiresAt!.Value, request.PayerName, request.AmountPolicy ?? AmountPolicy.Exact),
            collecting!);
        return issue.Outcome switch
        {
            IssueOutcome.Issued => TypedResults.Created($"/bank/v1/virtual-accounts/{issue.Account!.VirtualAccountNumber}", issue.Account),
            IssueOutcome.Replayed => TypedResults.Ok(issue.Account),
            IssueOutcome.ReferenceIdReused => BankProblems.Problem(StatusCodes.Status409Conflict, "참조 id가 이미 쓰였습니다.",
                $"참조 id '{request.ReferenceId}'로 다른 내용의 가상계좌가 이미 발급되었습니다.", "REFERENCE_ID_REUSED", "referenceId"),
            _ => BankProblems.Problem(StatusCodes.Status503ServiceUnavailable, "가상계좌를 더 발급할 수 없습니다.",
                "시뮬레이터의 가상계좌 수가 한도에 닿았습니다 (Sim:Bank:MaxVirtualAccounts).", "BANK_CAPACITY"),
        };
    }

    /// <param name="AmountPolicy">Exact (the default) or AllowPartial.</param>
    public sealed record Request(string? ReferenceId, string? CollectingAccountNumber, long? AmountWon, DateTimeOffset? ExpiresAt, string? PayerName, AmountPolicy? AmountPolicy);
}
