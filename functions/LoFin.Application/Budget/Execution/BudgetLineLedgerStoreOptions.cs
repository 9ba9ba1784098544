namespace LoFin.Application.Budget.Execution;

public sealed record BudgetLineLedgerStoreOptions
{
    /// <summary>
    /// Ledgers kept in memory. Past it the least recently used idle ones are dropped and rebuilt
    /// from their logs when next needed, so memory stays bounded however many lines are busy.
    /// </summary>
    public int MaxResidentLines { get; init; } = 20_000;

    /// <summary>Attempts when another writer changed a line between our read and our write.</summary>
    public int MaxConflictRetries { get; init; } = 8;
}
