namespace LoFin.Domain.Budget;

/// <summary>
/// 장, the top of the revenue classification (세입과목 장 → 관 → 항 → 목), numbered by the first
/// digit of a <see cref="RevenueCode"/>. The 장 decides the account a receipt credits.
/// </summary>
public enum RevenueChapter
{
    /// <summary>100 지방세수입.</summary>
    LocalTaxes = 100,

    /// <summary>200 세외수입.</summary>
    NonTaxRevenue = 200,

    /// <summary>300 지방교부세.</summary>
    LocalShareTax = 300,

    /// <summary>400 조정교부금등.</summary>
    AdjustmentGrants = 400,

    /// <summary>500 보조금 (국고보조금, 시도비보조금).</summary>
    Subsidies = 500,

    /// <summary>600 지방채: borrowing, not revenue in the accrual books.</summary>
    LocalBonds = 600,

    /// <summary>700 보전수입등및내부거래 (잉여금, 이월금, 전입금 …).</summary>
    CarryoverAndInternal = 700,
}
