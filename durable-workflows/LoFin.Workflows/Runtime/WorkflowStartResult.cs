namespace LoFin.Workflows.Runtime;

public sealed record WorkflowStartResult(WorkflowStartOutcome Outcome, WorkflowInstanceView? Instance, string? Reason);
