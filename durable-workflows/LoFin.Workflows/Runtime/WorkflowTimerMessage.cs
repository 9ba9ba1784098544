namespace LoFin.Workflows.Runtime;

/// <summary>The body of a timer message on <see cref="WorkflowQueues.Timers"/>.</summary>
public sealed record WorkflowTimerMessage(string InstanceId, string TimerId, long Sequence, DateTimeOffset DueAt);
