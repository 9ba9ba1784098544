namespace LoFin.Workflows.Runtime;

public sealed record WorkflowHistoryPage(IReadOnlyList<WorkflowHistoryRecord> Items, string? ContinuationToken);
