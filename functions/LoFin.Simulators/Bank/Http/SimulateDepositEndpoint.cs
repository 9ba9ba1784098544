using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.VirtualAccounts;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// For tests and demos: a payer deposits into a virtual account. Accepted deposits are credited
/// and notified by webhook (201; the same deposit id again is 200 and credits nothing). A deposit
/// the bank would turn away at the counter (expired, already paid, wrong amount) is a 422 with a
/// reason code, and no notice is sent, because no money arrived.
/// </summary>
public static class SimulateDepositEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/bank/v1/admin/deposits", Handle).WithName("SimulateDeposit").WithSummary("가상계좌 입금 (시험용)");

    private static IResult Handle(Request request, VirtualAccountBook book, BankIdentifiers ids)
    {
        var errors = new FieldErrors();
        if (request.DepositId is not null && !ClientIds.IsWellFormed(request.DepositId))
        {
            errors.Add("depositId", "입금 id는 " + ClientIds.Rule);
        }
        if (!AccountNumbers.IsWellFormed(request.VirtualAccountNumber))
        {
            errors.Add("virtualAccountNumber", $"가상계좌번호는 숫자 {AccountNumbers.MinDigits}~{AccountNumbers.MaxDigits}자리입니다.");
        }
        if (request.AmountWon is not (> 0 and <= Transfers.TransferRules.MaxAmountWon))
        {
            errors.Add("amountWon", "입금액은 1원 이상입니다.");
        }
        if (!HolderName.IsWellFormed(request.DepositorName))
        {
            errors.Add("depositorName", $"입금자명은 1~{HolderName.MaxLength}자입니다.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var depositId = request.DepositId ?? "dep_" + ids.NextTransactionId();
        var attempt = book.Deposit(new DepositRequest(depositId, request.VirtualAccountNumber!, request.AmountWon!.Value, request.DepositorName!));
        return attempt.Outcome switch
        {
            DepositOutcome.Accepted => TypedResults.Created($"/bank/v1/virtual-accounts/{attempt.Deposit!.VirtualAccountNumber}", attempt.Deposit),
            DepositOutcome.Replayed => TypedResults.Ok(attempt.Deposit),
            DepositOutcome.VirtualAccountNotFound => BankProblems.NotFound($"가상계좌 '{request.VirtualAccountNumber}'"),
            DepositOutcome.DepositIdReused => BankProblems.Problem(StatusCodes.Status409Conflict, "입금 id가 이미 쓰였습니다.",
                $"입금 id '{depositId}'로 다른 입금이 이미 처리되었습니다.", "DEPOSIT_ID_REUSED", "depositId"),
            DepositOutcome.Refused => BankProblems.Problem(StatusCodes.Status422UnprocessableEntity, "은행이 입금을 받지 않았습니다.",
                attempt.Refusal!.Message, attempt.Refusal.Code),
            _ => BankProblems.Problem(StatusCodes.Status503ServiceUnavailable, "입금을 더 받을 수 없습니다.",
                "시뮬레이터가 기억하는 입금 수가 한도에 닿았습니다 (Sim:Bank:MaxDeposits).", "BANK_CAPACITY"),
        };
    }

    /// <param name="DepositId">Optional; give one to make the deposit safe to send again.</param>
    public sealed record Request(string? DepositId, string? VirtualAccountNumber, long? AmountWon, string? DepositorName);
}
