using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// The instance document (<c>wf:{instanceId}</c>, in the tenant's partition): everything
/// needed to decide the next event, and what an operator sees. Every transition replaces
/// it conditionally on its etag, in one batch with its history and outbox messages.
/// </summary>
public sealed record WorkflowInstance : IDocumentBody
{
    public static string DocumentType => "wf-instance";

    public required string InstanceId { get; init; }

    public required string WorkflowType { get; init; }

    public required WorkflowStatus Status { get; init; }

    public required JsonElement Input { get; init; }

    /// <summary>The workflow's own state; null before the first decision (Pending) and after a failed start.</summary>
    public JsonElement? State { get; init; }

    public JsonElement? CustomStatus { get; init; }

    public JsonElement? Output { get; init; }

    /// <summary>Why it failed or was terminated.</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Unix milliseconds of <see cref="CreatedAt"/>: a number, so lists filter and sort on it exactly.</summary>
    public required long CreatedAtMs { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? ScheduledStartAt { get; init; }

    /// <summary>The run: 1 at start, one more on each restart.</summary>
    public required int Generation { get; init; }

    /// <summary>Transitions so far; every committed transition adds one.</summary>
    public required long Version { get; init; }

    /// <summary>The sequence of the last history record written.</summary>
    public required long LastSequence { get; init; }

    public required IReadOnlyList<PendingTimer> PendingTimers { get; init; }

    public required IReadOnlyList<PendingActivity> PendingActivities { get; init; }

    public required WorkflowCause StartedBy { get; init; }

    /// <summary>A queue that receives a <see cref="WorkflowCompletedNotice"/> when the instance ends.</summary>
    public string? CompletionQueue { get; init; }

    public WorkflowParentLink? Parent { get; init; }

    public string? CorrelationId { get; init; }
}
