using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// Sent when an instance ends (Completed, Failed or Terminated) to the instance's
/// completion queue and, as an external event, to its parent: how the caller that
/// started a workflow (a commitment waiting for its approval line) learns the result.
/// </summary>
public sealed record WorkflowCompletedNotice(
    string InstanceId,
    string WorkflowType,
    int Generation,
    WorkflowStatus Status,
    JsonElement? Output,
    string? Reason,
    string? CorrelationId,
    DateTimeOffset CompletedAt)
{
    public T? OutputAs<T>() => Output is { } output ? output.Deserialize<T>(DocumentJson.Options) : default;
}
