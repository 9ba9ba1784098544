using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Ledger;

/// <summary>
/// A minimal chart of accounts for the 지방회계기준 (지방자치단체 회계기준에 관한 규칙): the
/// accounts budget execution and receipts touch, in the five classes. The names follow the
/// 재정상태표 and 재정운영표; the codes are LoFin's (class digit, group digit, two digits), not
/// the national 계정코드, which the application maps to when it exports statements. Expenses
/// are by nature (인건비, 경비, 이전비용 …) because that is what a 통계목 tells; the 재정운영표's
/// 사업별 원가 comes from the budget line the entry carries.
/// </summary>
public static class ChartOfAccounts
{
    private static readonly List<LedgerAccount> Accounts = [];

    // 자산
    public static readonly LedgerAccount Cash = Add("1101", "현금및현금성자산");
    public static readonly LedgerAccount ShortTermDeposits = Add("1102", "단기금융상품");
    public static readonly LedgerAccount TaxReceivables = Add("1103", "미수세금");
    public static readonly LedgerAccount NonTaxReceivables = Add("1104", "미수세외수입금");
    public static readonly LedgerAccount LongTermLoans = Add("1201", "장기대여금");
    public static readonly LedgerAccount LongTermInvestments = Add("1202", "장기투자증권");
    public static readonly LedgerAccount TangibleAssets = Add("1301", "일반유형자산");
    public static readonly LedgerAccount ConstructionInProgress = Add("1302", "건설중인자산");

    // 부채
    public static readonly LedgerAccount Payables = Add("2101", "미지급금");
    public static readonly LedgerAccount Withholdings = Add("2102", "예수금");
    public static readonly LedgerAccount LongTermBorrowings = Add("2201", "장기차입부채");

    // 순자산
    public static readonly LedgerAccount GeneralNetAssets = Add("3101", "일반순자산");

    // 수익
    public static readonly LedgerAccount LocalTaxRevenue = Add("4101", "지방세수익");
    public static readonly LedgerAccount NonTaxRevenue = Add("4102", "세외수익");
    public static readonly LedgerAccount LocalShareTaxRevenue = Add("4201", "지방교부세수익");
    public static readonly LedgerAccount AdjustmentGrantRevenue = Add("4202", "조정교부금수익");
    public static readonly LedgerAccount SubsidyRevenue = Add("4203", "보조금수익");
    public static readonly LedgerAccount TransfersFromOtherAccounts = Add("4301", "회계간전입수익");

    // 비용
    public static readonly LedgerAccount PersonnelExpense = Add("5101", "인건비");
    public static readonly LedgerAccount OperatingExpense = Add("5102", "경비");
    public static readonly LedgerAccount TransferExpense = Add("5103", "이전비용");
    public static readonly LedgerAccount InterestExpense = Add("5104", "이자비용");
    public static readonly LedgerAccount OtherExpense = Add("5105", "기타비용");
    public static readonly LedgerAccount TransfersToOtherAccounts = Add("5201", "회계간전출비용");

    public static IReadOnlyList<LedgerAccount> All => Accounts;

    public static bool TryFind([NotNullWhen(true)] string? code, [NotNullWhen(true)] out LedgerAccount? account)
    {
        foreach (var candidate in Accounts)
        {
            if (candidate.Code == code)
            {
                account = candidate;
                return true;
            }
        }
        account = null;
        return false;
    }

    private static LedgerAccount Add(string code, string name)
    {
        var account = new LedgerAccount(code, name, Accounts.Count);
        Accounts.Add(account);
        return account;
    }
}
