using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Execution;

/// <summary>
/// What an execution command did: the document it wrote (or, for a retry, the one the first
/// call wrote), or the ledger's refusal, or the line that has no budget.
/// </summary>
public sealed record LedgerCommandOutcome<T>(T? Document, ExecutionRefusal? Refusal, string? MissingLine = null) where T : class
{
    public static LedgerCommandOutcome<T> Done(T document) => new(document, null);

    public static LedgerCommandOutcome<T> Refused(ExecutionRefusal refusal) => new(null, refusal);

    public static LedgerCommandOutcome<T> NoBudget(string line) => new(null, null, line);
}
