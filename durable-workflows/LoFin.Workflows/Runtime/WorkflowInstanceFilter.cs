namespace LoFin.Workflows.Runtime;

/// <summary>Which instances to list; newest first. <see cref="CreatedFrom"/> is inclusive, <see cref="CreatedTo"/> exclusive.</summary>
public sealed record WorkflowInstanceFilter
{
    public WorkflowStatus? Status { get; init; }

    public string? WorkflowType { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>
    /// A property of the custom status and the value it must have, e.g. <c>assigneeUserId</c> =
    /// the signed-in user lists the approval lines waiting for them (결재 대기함).
    /// </summary>
    public WorkflowCustomStatusFilter? CustomStatus { get; init; }

    public int PageSize { get; init; } = 50;

    public string? ContinuationToken { get; init; }
}
