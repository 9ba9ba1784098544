namespace LoFin.Domain.Budget.Formulation;

/// <summary>의결 fixes a version the council received; an adopted version is final (a change is a new 추경).</summary>
public static class OnlySubmittedVersionIsAdopted
{
    public static string? Check(BudgetVersionStatus status) =>
        status == BudgetVersionStatus.Submitted ? null : FormulationMessages.NotAdoptable(status);
}
