namespace LoFin.Domain.Budget.Formulation;

/// <summary>The Korean names of the formulation enums.</summary>
public static class FormulationNames
{
    public static string Of(BudgetVersionStatus status) => status switch
    {
        BudgetVersionStatus.Drafting => "편성 중",
        BudgetVersionStatus.Submitted => "의회 제출",
        BudgetVersionStatus.Adopted => "의결",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(BudgetVersionKind kind) => kind switch
    {
        BudgetVersionKind.Original => "본예산",
        BudgetVersionKind.Supplementary => "추가경정예산",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>본예산 is version 1; the n-th 추경 is version n + 1 ("제1회 추가경정예산").</summary>
    public static string VersionName(int fiscalYear, int number) =>
        number == 1 ? $"{fiscalYear}년도 본예산" : $"{fiscalYear}년도 제{number - 1}회 추가경정예산";
}
