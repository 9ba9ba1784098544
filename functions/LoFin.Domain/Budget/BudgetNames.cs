namespace LoFin.Domain.Budget;

/// <summary>The Korean names of the classification enums, as officials read them.</summary>
public static class BudgetNames
{
    public static string Of(FiscalAccountKind kind) => kind switch
    {
        FiscalAccountKind.General => "일반회계",
        FiscalAccountKind.PublicEnterpriseSpecial => "공기업특별회계",
        FiscalAccountKind.OtherSpecial => "기타특별회계",
        FiscalAccountKind.Fund => "기금",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(BudgetItemGroup group) => group switch
    {
        BudgetItemGroup.Personnel => "인건비",
        BudgetItemGroup.Goods => "물건비",
        BudgetItemGroup.CurrentTransfers => "경상이전",
        BudgetItemGroup.CapitalExpenditure => "자본지출",
        BudgetItemGroup.LoansAndInvestments => "융자및출자",
        BudgetItemGroup.FinancingAdjustments => "보전재원",
        BudgetItemGroup.InternalTransactions => "내부거래",
        BudgetItemGroup.ReservesAndOther => "예비비및기타",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string Of(RevenueChapter chapter) => chapter switch
    {
        RevenueChapter.LocalTaxes => "지방세수입",
        RevenueChapter.NonTaxRevenue => "세외수입",
        RevenueChapter.LocalShareTax => "지방교부세",
        RevenueChapter.AdjustmentGrants => "조정교부금등",
        RevenueChapter.Subsidies => "보조금",
        RevenueChapter.LocalBonds => "지방채",
        RevenueChapter.CarryoverAndInternal => "보전수입등및내부거래",
        _ => throw new ArgumentOutOfRangeException(nameof(chapter)),
    };

    public static string Of(FundingSource source) => source switch
    {
        FundingSource.National => "국비",
        FundingSource.Provincial => "시도비",
        FundingSource.Municipal => "시군구비",
        FundingSource.Other => "기타",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
