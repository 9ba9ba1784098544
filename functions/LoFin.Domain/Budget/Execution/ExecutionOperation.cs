namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// One request to a line's execution ledger. Records, so "the same content" is value
/// equality: a retry must equal the first request field for field, and anything else under
/// the same id is refused.
/// </summary>
public abstract record ExecutionOperation(OperationId Id)
{
    /// <summary>What officials call this operation, for messages.</summary>
    public abstract string KindName { get; }
}
