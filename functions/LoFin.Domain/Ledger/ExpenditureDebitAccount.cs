using LoFin.Domain.Budget;

namespace LoFin.Domain.Ledger;

/// <summary>
/// Which account a 지출결의 debits, by its 통계목's 편성목. Most spending is an expense of its
/// nature (인건비, 경비, 이전비용), but the 지방회계기준 capitalises what the government itself
/// acquires or lends: 시설비 builds 건설중인자산, 자산취득비 buys 일반유형자산, 융자금 and 출자금
/// are assets, and 차입금 상환 repays a liability. Capital transfers to others (402–404) stay
/// 이전비용, since the asset is the recipient's. 예비비 is moved to other lines before it is
/// spent, so 800 is 기타비용 (반환금 and the like).
/// </summary>
public static class ExpenditureDebitAccount
{
    public static LedgerAccount For(StatisticalItem item)
    {
        if (item.IsEmpty)
        {
            throw new ArgumentException("A 통계목 is needed to choose the account.", nameof(item));
        }
        var budgetItem = item.BudgetItem.Code;
        return item.Group switch
        {
            BudgetItemGroup.Personnel => ChartOfAccounts.PersonnelExpense,
            BudgetItemGroup.Goods => ChartOfAccounts.OperatingExpense,
            BudgetItemGroup.CurrentTransfers => budgetItem == 311 ? ChartOfAccounts.InterestExpense : ChartOfAccounts.TransferExpense,
            BudgetItemGroup.CapitalExpenditure => budgetItem switch
            {
                401 => ChartOfAccounts.ConstructionInProgress,
                402 or 403 or 404 => ChartOfAccounts.TransferExpense,
                _ => ChartOfAccounts.TangibleAssets,
            },
            BudgetItemGroup.LoansAndInvestments => budgetItem == 502 ? ChartOfAccounts.LongTermInvestments : ChartOfAccounts.LongTermLoans,
            BudgetItemGroup.FinancingAdjustments => budgetItem == 602 ? ChartOfAccounts.ShortTermDeposits : ChartOfAccounts.LongTermBorrowings,
            BudgetItemGroup.InternalTransactions => ChartOfAccounts.TransfersToOtherAccounts,
            BudgetItemGroup.ReservesAndOther => ChartOfAccounts.OtherExpense,
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Group, "Unknown 편성목 group."),
        };
    }
}
