namespace LoFin.Workflows.Runtime;

/// <summary>
/// What a decision asks the runtime to do. The runtime carries the commands out in the
/// same transactional batch that stores the new state, so state and effects never part.
/// </summary>
public abstract record WorkflowCommand;
