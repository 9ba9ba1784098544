namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// 전용 moves budget between lines of one 회계 and one year: each 회계 has its own cash (one bank
/// account since 2024), so money between 회계 moves by 전출·전입, not by 전용.
/// </summary>
public static class TransferMustStayWithinAccount
{
    public static string? Check(BudgetLineKey from, BudgetLineKey to)
    {
        if (from == to)
        {
            return FormulationMessages.SameLine;
        }
        return from.Account == to.Account && from.FiscalYear == to.FiscalYear ? null : FormulationMessages.OtherAccount;
    }
}
