namespace LoFin.Workflows.Runtime;

/// <summary>
/// Runs the activity <see cref="Name"/> with <see cref="Input"/> through the
/// <c>workflow-activities</c> queue; its result comes back as <see cref="ActivityCompleted"/>
/// or <see cref="ActivityFailed"/> carrying the same <see cref="Tag"/>, which lets a
/// workflow tell apart several calls of one activity.
/// </summary>
public sealed record ScheduleActivity(string Name, object? Input, string? Tag = null) : WorkflowCommand;
