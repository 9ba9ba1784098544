using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The outcome of one operation: the event it applied, or the refusal. An id's first outcome
/// is final, refusals included (as TigerBeetle does since 0.16): a retry gets the same result
/// back with <see cref="IsReplay"/> set and changes nothing, even if the line has changed
/// meanwhile. Only a refusal for reusing an id with other content is not recorded, because
/// that id belongs to its first request. It carries no snapshot of the line's balance: that
/// would make every stored outcome four times larger, and the line's current balance is one
/// property away (<see cref="BudgetLineLedger.Balance"/>); an HTTP replay answers from the
/// application's own stored response. A struct: no object per operation.
/// </summary>
public readonly record struct ExecutionResult(OperationId OperationId, ExecutionEvent? Event, ExecutionRefusal? Refusal)
{
    /// <summary>
    /// True when this is a stored result returned for a repeated request; the caller must not act
    /// on it again (no second journal entry).
    /// </summary>
    public bool IsReplay { get; init; }

    [MemberNotNullWhen(true, nameof(Event))]
    public bool IsApplied => Event is not null;

    [MemberNotNullWhen(true, nameof(Refusal))]
    public bool IsRefused => Refusal is not null;
}
