namespace LoFin.Workflows.Runtime;

public sealed record WorkflowOptions
{
    /// <summary>
    /// Attempts of an activity before the workflow hears <see cref="ActivityFailed"/>. The
    /// queue retries in between with its back-off, so this must not exceed the queue's
    /// MaxDeliveries (5 locally and on Service Bus by default), or the message is
    /// dead-lettered before the workflow is told.
    /// </summary>
    public int ActivityMaxAttempts { get; init; } = 5;

    /// <summary>
    /// Reload-and-decide-again attempts when another transition of the same instance commits
    /// first (etag conflict). Each round lets one writer through, so this bounds how many
    /// events can race on one instance.
    /// </summary>
    public int MaxConcurrencyAttempts { get; init; } = 32;

    /// <summary>Commands one decision may issue: keeps a transition inside one batch (100 operations).</summary>
    public int MaxCommandsPerDecision { get; init; } = 30;

    /// <summary>History records returned with an instance; more are paged with GetHistoryAsync.</summary>
    public int MaxHistoryInGet { get; init; } = 500;
}
