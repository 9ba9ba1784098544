namespace LoFin.Workflows.Runtime;

/// <summary>
/// A durable timer: stored as a scheduled message, never slept on. <see cref="TimerId"/>
/// is the workflow's own name for it and must not name a timer that is still pending.
/// </summary>
public sealed record StartTimer(string TimerId, DateTimeOffset DueAt) : WorkflowCommand;
