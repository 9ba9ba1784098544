using System.Globalization;

namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// Every sentence the execution ledger says to an official, in one place for review. Official
/// Korean: amounts in won with thousands separators, ids quoted and followed by the copula 인
/// (never by 을/를 or 은/는, whose form depends on the id's last sound).
/// </summary>
internal static class ExecutionMessages
{
    private static string Won(long amountWon) => amountWon.ToString("N0", CultureInfo.InvariantCulture) + "원";

    private static string Id(OperationId id) => $"'{id}'";

    public static string InvalidOperationId(string? text) =>
        $"요청 ID가 올바르지 않습니다 ({CodeText.Quote(text)}). 공백 없는 영문자·숫자·기호로 된 1~{OperationId.MaxLength}자여야 합니다 (예: UUID).";

    public static string AmountOutOfRange(string kind, long amountWon) =>
        $"{kind} 금액은 1원 이상 {Won(ExecutionLimits.MaxAmountWon)} 이하여야 합니다. 요청 금액: {Won(amountWon)}.";

    public static string ChangeOutOfRange(string kind, long deltaWon) =>
        $"{kind} 증감액은 0원이 아니어야 하고 {Won(ExecutionLimits.MaxAmountWon)}을 넘을 수 없습니다. 요청 증감액: {Won(deltaWon)}.";

    public static string LineBudgetLimitExceeded(long budgetWon) =>
        $"변경 후 예산현액 {Won(budgetWon)}이 한 예산 과목의 상한 {Won(ExecutionLimits.MaxAmountWon)}을 넘습니다.";

    public static string AllotmentExceedsBudget(long allottedWon, long budgetWon) =>
        $"배정액 {Won(allottedWon)}이 예산현액 {Won(budgetWon)}을 넘게 됩니다. 배정액은 예산현액 이내여야 합니다.";

    public static string CommitmentExceedsAvailable(long amountWon, long availableWon) =>
        $"원인행위 금액 {Won(amountWon)}이 배정잔액 {Won(availableWon)}을 넘습니다.";

    public static string AllotmentBelowCommitments(long allottedWon, long commitmentsWon) =>
        $"배정액이 {Won(allottedWon)}이 되면 이미 원인행위한 {Won(commitmentsWon)}보다 적어집니다. 배정액은 원인행위 합계 이상이어야 합니다.";

    public static string CommitmentNotFound(OperationId id) =>
        $"이 예산 과목에 ID가 {Id(id)}인 원인행위가 없습니다.";

    public static string CommitmentNotPending(OperationId id, CommitmentStatus status) =>
        $"ID가 {Id(id)}인 원인행위는 이미 {(status == CommitmentStatus.Posted ? "확정" : "취소")}되어 다시 확정하거나 취소할 수 없습니다.";

    public static string CommitmentNotPosted(OperationId id, CommitmentStatus status) =>
        $"ID가 {Id(id)}인 원인행위는 {(status == CommitmentStatus.Pending ? "아직 확정되지 않아" : "취소되어")} 지출결의하거나 감액할 수 없습니다.";

    public static string PostingExceedsPending(long amountWon, long pendingWon) =>
        $"확정 금액 {Won(amountWon)}이 대기 중인 원인행위 금액 {Won(pendingWon)}을 넘습니다. 남는 금액은 확정할 때 자동으로 풀리고, 전액을 풀려면 취소하세요.";

    public static string ResolutionExceedsCommitment(long amountWon, long unresolvedWon) =>
        $"지출결의 금액 {Won(amountWon)}이 원인행위 잔액 {Won(unresolvedWon)}을 넘습니다.";

    public static string ReductionExceedsUnresolved(long amountWon, long unresolvedWon) =>
        $"감액 {Won(amountWon)}이 지출결의되지 않은 원인행위 잔액 {Won(unresolvedWon)}을 넘습니다.";

    public static string ResolutionNotFound(OperationId id) =>
        $"이 예산 과목에 ID가 {Id(id)}인 지출결의가 없습니다.";

    public static string PaymentExceedsResolution(long amountWon, long unpaidWon) =>
        $"지급 금액 {Won(amountWon)}이 지출결의 미지급액 {Won(unpaidWon)}을 넘습니다.";

    public static string PaymentNotFound(OperationId id) =>
        $"이 예산 과목에 ID가 {Id(id)}인 지급이 없습니다.";

    public static string RefundExceedsPayment(long amountWon, long refundableWon) =>
        $"반납 금액 {Won(amountWon)}이 지급액 중 아직 반납되지 않은 {Won(refundableWon)}을 넘습니다.";

    public static string ExistsWithDifferentContent(OperationId id, string originalKind) =>
        $"ID가 {Id(id)}인 요청은 이미 내용이 다른 {originalKind} 요청으로 처리되었습니다. 같은 요청을 다시 보낼 때만 같은 ID를 쓰고, 새 요청에는 새 ID를 쓰세요.";
}
