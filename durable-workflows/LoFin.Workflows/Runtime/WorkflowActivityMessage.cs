using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>The body of an activity message on <see cref="WorkflowQueues.Activities"/>.</summary>
public sealed record WorkflowActivityMessage(string InstanceId, string ActivityId, string Name, string? Tag, long Sequence, JsonElement? Input);
