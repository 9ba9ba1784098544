namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// A 전용 takes at most what the source line's budget still holds: its adopted amount, plus
/// what approved 전용 brought in, minus what approved or pending 전용 take out. Whether the
/// money is also unspent (not allotted or committed) is the execution ledger's to refuse.
/// </summary>
public static class TransferMustNotExceedSourceBudget
{
    public static string? Check(long amountWon, long sourceAvailableWon)
    {
        if (amountWon <= 0)
        {
            return FormulationMessages.AmountNotPositive;
        }
        return amountWon <= sourceAvailableWon ? null : FormulationMessages.ExceedsSource(Math.Max(0, sourceAvailableWon));
    }
}
