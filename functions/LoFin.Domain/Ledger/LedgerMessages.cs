using System.Globalization;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>What the journal says when it refuses: in Korean, for the operators who see it.</summary>
internal static class LedgerMessages
{
    public const string TooFewLines = "분개에는 차변과 대변이 하나 이상씩 있어야 합니다.";

    public const string LineWithoutAccount = "분개의 모든 줄에 계정과목이 있어야 합니다.";

    public const string InvalidSide = "분개의 각 줄은 차변 또는 대변이어야 합니다.";

    public const string TotalTooLarge = "분개 금액의 합계가 너무 큽니다.";

    public const string MissingId = "분개에는 ID가 있어야 합니다.";

    public const string MissingFiscalAccount = "분개에는 회계가 있어야 합니다.";

    public static string NonPositiveAmount(long amountWon) =>
        $"분개의 금액은 1원 이상이어야 합니다. 잘못된 금액: {amountWon.ToString("N0", CultureInfo.InvariantCulture)}원.";

    public static string Unbalanced(long debitWon, long creditWon) =>
        $"차변 합계 {debitWon.ToString("N0", CultureInfo.InvariantCulture)}원과 대변 합계 {creditWon.ToString("N0", CultureInfo.InvariantCulture)}원이 같아야 합니다.";

    public static string WrongFiscalAccount(FiscalAccount entryAccount, FiscalAccount ledgerAccount) =>
        $"회계 {entryAccount}의 분개는 회계 {ledgerAccount}의 장부에 기록할 수 없습니다.";

    public static string ExistsWithDifferentContent(OperationId id) =>
        $"ID가 '{id}'인 분개가 이미 다른 내용으로 기록되어 있습니다.";
}
