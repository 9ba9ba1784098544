namespace LoFin.Workflows.Runtime;

/// <summary>
/// What came of an external event. A duplicate (same event id) answers with the original
/// outcome and <see cref="Duplicate"/> set, and changes nothing. <see cref="Outcome"/> is
/// null only when the instance does not exist.
/// </summary>
public sealed record RaiseEventResult(DecisionOutcome? Outcome, bool Duplicate, string? Reason, long? HistorySequence)
{
    public bool InstanceNotFound => Outcome is null;

    public static RaiseEventResult NotFound(string instanceId) => new(null, false, WorkflowMessages.InstanceNotFound(instanceId), null);
}
