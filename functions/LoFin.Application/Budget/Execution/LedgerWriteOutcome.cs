namespace LoFin.Application.Budget.Execution;

public enum LedgerWriteOutcome
{
    /// <summary>Every operation has its result, and whatever was new is stored.</summary>
    Written,

    /// <summary>A line has no budget yet (no head): nothing was applied or stored.</summary>
    LineNotFound,
}
