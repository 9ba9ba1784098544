using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// What <see cref="BudgetLineLedgerStore.WriteAsync"/> did: each operation's result in request
/// order (replays marked), or the line that does not exist.
/// </summary>
public sealed record LedgerWrite(LedgerWriteOutcome Outcome, IReadOnlyList<ExecutionResult> Results, BudgetLineKey? MissingLine = null)
{
    public static LedgerWrite Missing(BudgetLineKey line) => new(LedgerWriteOutcome.LineNotFound, [], line);
}
