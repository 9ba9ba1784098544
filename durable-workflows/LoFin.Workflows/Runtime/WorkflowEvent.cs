namespace LoFin.Workflows.Runtime;

/// <summary>
/// Something that happened to an instance and that its workflow decides on. The runtime
/// makes these from external events, timer messages and activity results; tests make
/// them by hand to drive a decision directly.
/// </summary>
public abstract record WorkflowEvent(WorkflowCause Cause);
