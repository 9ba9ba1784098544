using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>The body of a message on <see cref="WorkflowQueues.Events"/>: an external event to raise on an instance.</summary>
public sealed record WorkflowEventMessage(string InstanceId, string EventName, string EventId, JsonElement? Payload, WorkflowCause Cause);
