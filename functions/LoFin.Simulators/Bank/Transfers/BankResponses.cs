namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// The answer codes the simulated bank uses. 000, 412, 415 and 815 are the codes participating
/// banks answer with in 금융결제원's published response-code lists (정상, 해당계좌 없음, 해약 계좌,
/// 예금주명 불일치); 499 is their "기타 처리불가". 531, 532 and 999 are LoFin's own, in the same style.
/// </summary>
public static class BankResponses
{
    public static readonly BankResponse Ok = new("000", "정상 처리");

    public static readonly BankResponse AccountNotFound = new("412", "해당 계좌 없음");

    public static readonly BankResponse AccountClosed = new("415", "해지 계좌");

    public static readonly BankResponse HolderNameMismatch = new("815", "예금주 불일치");

    public static readonly BankResponse LimitExceeded = new("531", "이체 한도 초과");

    public static readonly BankResponse InsufficientBalance = new("532", "출금 계좌 잔액 부족");

    public static readonly BankResponse SystemMaintenance = new("999", "수취 은행 시스템 점검 중");

    public static readonly BankResponse OtherFailure = new("499", "기타 처리 불가 (수취 은행 문의)");

    /// <summary>The failures a random fault picks from: the ones that are nobody's mistake and may pass on a retry.</summary>
    public static readonly IReadOnlyList<BankResponse> TransientFailures = [SystemMaintenance, OtherFailure];
}
