using LoFin.Domain.Budget;

namespace LoFin.Domain.Ledger;

/// <summary>
/// Which account a receipt credits, by its 장. 지방채 is borrowing, so it credits 장기차입부채,
/// not a revenue. 장 700 is booked as 회계간전입수익 (전입금 from another 회계, eliminated when
/// the 회계 are consolidated); its 잉여금·이월금 are opening balances rather than receipts, and
/// 융자금·예치금 회수 will get their own asset-side rule when those use cases arrive.
/// </summary>
public static class RevenueCreditAccount
{
    public static LedgerAccount For(RevenueChapter chapter) => chapter switch
    {
        RevenueChapter.LocalTaxes => ChartOfAccounts.LocalTaxRevenue,
        RevenueChapter.NonTaxRevenue => ChartOfAccounts.NonTaxRevenue,
        RevenueChapter.LocalShareTax => ChartOfAccounts.LocalShareTaxRevenue,
        RevenueChapter.AdjustmentGrants => ChartOfAccounts.AdjustmentGrantRevenue,
        RevenueChapter.Subsidies => ChartOfAccounts.SubsidyRevenue,
        RevenueChapter.LocalBonds => ChartOfAccounts.LongTermBorrowings,
        RevenueChapter.CarryoverAndInternal => ChartOfAccounts.TransfersFromOtherAccounts,
        _ => throw new ArgumentOutOfRangeException(nameof(chapter), chapter, "Unknown 세입 장."),
    };
}
