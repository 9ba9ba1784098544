namespace LoFin.Workflows.Runtime;

/// <summary>Too many transitions raced on one instance and this one lost every time; the caller may try again.</summary>
public sealed class WorkflowConcurrencyException(string instanceId, int attempts)
    : Exception(WorkflowMessages.ConcurrencyExhausted(instanceId, attempts))
{
    public string InstanceId { get; } = instanceId;
}
