namespace LoFin.Workflows.Runtime;

public sealed record WorkflowOperationResult(WorkflowOperationOutcome Outcome, WorkflowInstanceView? Instance, string? Reason);
