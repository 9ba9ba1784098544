using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Runtime;

/// <summary>An instance as the operator API shows it, with its history when asked for.</summary>
public sealed record WorkflowInstanceView(
    TenantId TenantId,
    string InstanceId,
    string WorkflowType,
    WorkflowStatus Status,
    JsonElement? CustomStatus,
    JsonElement Input,
    JsonElement? Output,
    JsonElement? State,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ScheduledStartAt,
    int Generation,
    long Version,
    IReadOnlyList<PendingTimer> PendingTimers,
    IReadOnlyList<PendingActivity> PendingActivities,
    WorkflowCause StartedBy,
    string? CorrelationId,
    IReadOnlyList<WorkflowHistoryRecord>? History = null,
    string? HistoryContinuationToken = null)
{
    public static WorkflowInstanceView From(TenantId tenant, WorkflowInstance instance) =>
        new(tenant, instance.InstanceId, instance.WorkflowType, instance.Status, instance.CustomStatus, instance.Input,
            instance.Output, instance.State, instance.Reason, instance.CreatedAt, instance.UpdatedAt, instance.CompletedAt,
            instance.ScheduledStartAt, instance.Generation, instance.Version, instance.PendingTimers, instance.PendingActivities,
            instance.StartedBy, instance.CorrelationId);

    public T? OutputAs<T>() => Read<T>(Output);

    public T? CustomStatusAs<T>() => Read<T>(CustomStatus);

    public T? StateAs<T>() => Read<T>(State);

    private static T? Read<T>(JsonElement? json) => json is { } value ? value.Deserialize<T>(DocumentJson.Options) : default;
}
