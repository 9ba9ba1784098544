namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// An id names one request forever: the same request again is a replay, anything else under
/// that id is refused (TigerBeetle's exists_with_different_*), because a client that reuses
/// an id for new work would otherwise lose that work silently.
/// </summary>
public static class OperationIdMustKeepItsContent
{
    public static ExecutionRefusal? Check(ExecutionOperation original, ExecutionOperation retry) =>
        original.Equals(retry)
            ? null
            : new(ExecutionRefusalCode.ExistsWithDifferentContent, ExecutionMessages.ExistsWithDifferentContent(retry.Id, original.KindName));
}
