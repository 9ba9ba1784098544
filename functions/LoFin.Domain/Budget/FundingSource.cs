namespace LoFin.Domain.Budget;

/// <summary>
/// Where a budget line's money comes from (재원). Which one is the government's own money
/// depends on its level: 시도비 for a 광역, 시군구비 for a 기초.
/// </summary>
public enum FundingSource
{
    /// <summary>국비 (국고보조금 and other national transfers).</summary>
    National = 1,

    /// <summary>시도비.</summary>
    Provincial = 2,

    /// <summary>시군구비.</summary>
    Municipal = 3,

    /// <summary>기타 (기금, 민간 부담 …).</summary>
    Other = 4,
}
