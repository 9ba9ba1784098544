namespace LoFin.Domain.Budget;

/// <summary>
/// The eight groups of 편성목 (성질별 분류), numbered as in the 운영기준: the first digit of
/// every 편성목 and 통계목 code. The group decides which account a 지출결의 debits.
/// </summary>
public enum BudgetItemGroup
{
    /// <summary>100 인건비.</summary>
    Personnel = 100,

    /// <summary>200 물건비.</summary>
    Goods = 200,

    /// <summary>300 경상이전.</summary>
    CurrentTransfers = 300,

    /// <summary>400 자본지출.</summary>
    CapitalExpenditure = 400,

    /// <summary>500 융자및출자.</summary>
    LoansAndInvestments = 500,

    /// <summary>600 보전재원.</summary>
    FinancingAdjustments = 600,

    /// <summary>700 내부거래.</summary>
    InternalTransactions = 700,

    /// <summary>800 예비비및기타.</summary>
    ReservesAndOther = 800,
}
