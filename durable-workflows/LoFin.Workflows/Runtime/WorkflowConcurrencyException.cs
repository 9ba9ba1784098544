namespace LoFin.Workflows.Runtime;

/// <summary>Too many transitions raced on one instance and this one lost every time; the caller may try again.</summary>
public sealed class WorkflowConcurrencyException(string instanceId, int attempts)
    : Exception($"Instance '{instanceId}' changed under {attempts} attempts in a row; try again.")
{
    public string InstanceId { get; } = instanceId;
}
