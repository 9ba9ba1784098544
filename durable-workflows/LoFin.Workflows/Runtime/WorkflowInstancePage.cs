namespace LoFin.Workflows.Runtime;

public sealed record WorkflowInstancePage(IReadOnlyList<WorkflowInstanceView> Items, string? ContinuationToken);
