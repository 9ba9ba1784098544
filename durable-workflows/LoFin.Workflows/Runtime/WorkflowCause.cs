namespace LoFin.Workflows.Runtime;

/// <summary>
/// Why a transition happened, recorded with every history record: the kind of actor,
/// its id, and the queue message that carried it when there was one.
/// </summary>
public sealed record WorkflowCause(WorkflowCauseKind Kind, string Id, string? MessageId = null)
{
    public static WorkflowCause User(string userId) => new(WorkflowCauseKind.User, Require(userId, nameof(userId)));

    public static WorkflowCause Timer(string timerId, string? messageId = null) => new(WorkflowCauseKind.Timer, Require(timerId, nameof(timerId)), messageId);

    public static WorkflowCause Activity(string activityId, string? messageId = null) => new(WorkflowCauseKind.Activity, Require(activityId, nameof(activityId)), messageId);

    public static WorkflowCause Workflow(string instanceId, string? messageId = null) => new(WorkflowCauseKind.Workflow, Require(instanceId, nameof(instanceId)), messageId);

    public static WorkflowCause Message(string messageId) => new(WorkflowCauseKind.Message, Require(messageId, nameof(messageId)), messageId);

    public static WorkflowCause System(string job) => new(WorkflowCauseKind.System, Require(job, nameof(job)));

    /// <summary>True when the cause is the signed-in user <paramref name="userId"/>.</summary>
    public bool IsUser(string userId) => Kind == WorkflowCauseKind.User && string.Equals(Id, userId, StringComparison.Ordinal);

    private static string Require(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
