namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The outcome of one operation: the event it applied, or the refusal, and the line's balance
/// right after. An id's first outcome is final, refusals included (as TigerBeetle does since
/// 0.16): a retry gets the same result back with <see cref="IsReplay"/> set and changes
/// nothing, even if the line has changed meanwhile. Only a refusal for reusing an id with
/// other content is not recorded, because that id belongs to its first request.
/// </summary>
public sealed record ExecutionResult(OperationId OperationId, ExecutionEvent? Event, ExecutionRefusal? Refusal, BudgetLineBalance BalanceAfter)
{
    /// <summary>True when this is a stored result returned for a repeated request; the caller must not act on it again (no second journal entry).</summary>
    public bool IsReplay { get; init; }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Event))]
    public bool IsApplied => Event is not null;

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Refusal))]
    public bool IsRefused => Refusal is not null;
}
