namespace LoFin.Workflows.Runtime;

/// <summary>
/// An activity failed on its last allowed attempt (or said the failure is permanent).
/// Earlier failures are retried by the queue and never reach the workflow.
/// </summary>
public sealed record ActivityFailed(string ActivityId, string Name, string? Tag, string Error, int Attempts, WorkflowCause Cause) : WorkflowEvent(Cause);
