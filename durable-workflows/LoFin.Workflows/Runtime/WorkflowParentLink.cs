namespace LoFin.Workflows.Runtime;

/// <summary>
/// A parent instance (same tenant) that hears about this instance's end as the external
/// event <see cref="EventName"/>, whose payload is a <see cref="WorkflowCompletedNotice"/>.
/// </summary>
public sealed record WorkflowParentLink(string InstanceId, string EventName);
