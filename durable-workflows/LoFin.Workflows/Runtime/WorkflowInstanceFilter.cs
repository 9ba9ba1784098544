namespace LoFin.Workflows.Runtime;

/// <summary>Which instances to list; newest first. <see cref="CreatedFrom"/> is inclusive, <see cref="CreatedTo"/> exclusive.</summary>
public sealed record WorkflowInstanceFilter
{
    public WorkflowStatus? Status { get; init; }

    public string? WorkflowType { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public int PageSize { get; init; } = 50;

    public string? ContinuationToken { get; init; }
}
