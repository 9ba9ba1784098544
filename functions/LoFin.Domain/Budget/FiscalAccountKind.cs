namespace LoFin.Domain.Budget;

/// <summary>The kinds of 회계 a local government keeps (지방재정법 제9조, 지방자치단체 기금관리기본법).</summary>
public enum FiscalAccountKind
{
    /// <summary>일반회계: one per government.</summary>
    General = 1,

    /// <summary>공기업특별회계: 상수도, 하수도, 공영개발 and other 지방공기업.</summary>
    PublicEnterpriseSpecial = 2,

    /// <summary>기타특별회계: the other special accounts set up by 조례.</summary>
    OtherSpecial = 3,

    /// <summary>기금.</summary>
    Fund = 4,
}
