namespace LoFin.Workflows.Runtime;

public sealed record WorkflowStartOptions
{
    /// <summary>Start later: the instance waits as Pending on a stored timer. Null or past starts now.</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>A queue that receives a <see cref="WorkflowCompletedNotice"/> when the instance ends (e.g. the commitment use case's queue).</summary>
    public string? CompletionQueue { get; init; }

    /// <summary>A parent instance in the same tenant that receives the notice as an external event.</summary>
    public WorkflowParentLink? Parent { get; init; }

    /// <summary>Carried on every message the instance sends, for tracing; defaults to the instance id.</summary>
    public string? CorrelationId { get; init; }
}
