namespace LoFin.Domain.Budget.Formulation;

/// <summary>제출 moves a drafted version with at least one funded line to the council.</summary>
public static class OnlyDraftingVersionIsSubmitted
{
    public static string? Check(BudgetVersionStatus status, long totalWon)
    {
        if (status != BudgetVersionStatus.Drafting)
        {
            return FormulationMessages.NotSubmittable(status);
        }
        return totalWon > 0 ? null : FormulationMessages.EmptyBudget;
    }
}
