namespace LoFin.Domain.Budget.Formulation;

/// <summary>Which budget a version is: the year's 본예산 (version 1) or a 추가경정예산 after it.</summary>
public enum BudgetVersionKind
{
    /// <summary>본예산.</summary>
    Original = 1,

    /// <summary>추가경정예산 (several a year, each a new version of the whole budget).</summary>
    Supplementary = 2,
}
