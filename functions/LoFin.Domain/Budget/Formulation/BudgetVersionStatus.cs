namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// Where a version is in formulation: departments request and the budget office adjusts
/// (사정) while <see cref="Drafting"/>; the bill goes to the council (<see cref="Submitted"/>);
/// the council's 의결 fixes it (<see cref="Adopted"/>) and only then does execution see it.
/// </summary>
public enum BudgetVersionStatus
{
    /// <summary>편성 중: 예산요구 and 사정.</summary>
    Drafting = 1,

    /// <summary>의회 제출.</summary>
    Submitted = 2,

    /// <summary>의결 (확정).</summary>
    Adopted = 3,
}
