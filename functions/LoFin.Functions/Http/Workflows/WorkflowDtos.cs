using System.Text.Json;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>The operator monitor's shape of an instance, after the Durable Functions management API.</summary>
public sealed record WorkflowSummary(string InstanceId, string WorkflowType, string Status, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt,
    DateTimeOffset? CompletedAt, JsonElement? CustomStatus, string? Reason, int Generation)
{
    public static WorkflowSummary From(WorkflowInstanceView view) => new(view.InstanceId, view.WorkflowType, view.Status.ToString(),
        view.CreatedAt, view.UpdatedAt, view.CompletedAt, view.CustomStatus, view.Reason, view.Generation);
}

public sealed record WorkflowDetail(string InstanceId, string WorkflowType, string Status, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt,
    DateTimeOffset? CompletedAt, JsonElement? CustomStatus, string? Reason, int Generation, JsonElement Input, JsonElement? Output,
    string StartedBy, IReadOnlyList<WorkflowHistoryItem> History, string? HistoryContinuationToken)
{
    public static WorkflowDetail From(WorkflowInstanceView view) => new(view.InstanceId, view.WorkflowType, view.Status.ToString(),
        view.CreatedAt, view.UpdatedAt, view.CompletedAt, view.CustomStatus, view.Reason, view.Generation, view.Input, view.Output,
        Describe(view.StartedBy), [.. (view.History ?? []).Select(WorkflowHistoryItem.From)], view.HistoryContinuationToken);

    public static string Describe(WorkflowCause cause) => $"{cause.Kind}:{cause.Id}";
}

public sealed record WorkflowHistoryItem(long Sequence, int Generation, DateTimeOffset Timestamp, string EventType, string? Name, string Cause, JsonElement? Data)
{
    public static WorkflowHistoryItem From(WorkflowHistoryRecord record) => new(record.Sequence, record.Generation, record.Timestamp,
        record.EventType.ToString(), record.Name, WorkflowDetail.Describe(record.Cause), record.Data);
}

public sealed record WorkflowList(IReadOnlyList<WorkflowSummary> Items, string? ContinuationToken);
