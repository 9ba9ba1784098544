namespace LoFin.Domain.Budget.Formulation;

/// <summary>예산요구, 사정 and imports change lines only while the version is being drafted: a submitted bill is the council's.</summary>
public static class LinesChangeOnlyWhileDrafting
{
    public static string? Check(BudgetVersionStatus status) =>
        status == BudgetVersionStatus.Drafting ? null : FormulationMessages.NotDrafting(status);
}
