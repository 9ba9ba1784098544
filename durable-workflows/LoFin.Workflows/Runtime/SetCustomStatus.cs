namespace LoFin.Workflows.Runtime;

/// <summary>
/// Replaces the instance's custom status: a small JSON value operators and lists can read
/// and filter on (e.g. who the approval waits for) without knowing the state's shape.
/// </summary>
public sealed record SetCustomStatus(object? Status) : WorkflowCommand;
