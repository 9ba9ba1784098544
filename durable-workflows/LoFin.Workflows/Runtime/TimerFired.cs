namespace LoFin.Workflows.Runtime;

/// <summary>A durable timer the workflow started has come due. Only a timer still pending is delivered.</summary>
public sealed record TimerFired(string TimerId, DateTimeOffset DueAt, WorkflowCause Cause) : WorkflowEvent(Cause);
