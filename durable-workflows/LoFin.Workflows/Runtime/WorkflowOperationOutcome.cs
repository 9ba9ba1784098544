namespace LoFin.Workflows.Runtime;

public enum WorkflowOperationOutcome
{
    Done,
    NotFound,

    /// <summary>Not in this status (terminate a completed instance, restart a running one).</summary>
    NotAllowed,
}
