namespace LoFin.Workflows.Runtime;

/// <summary>
/// The runtime status of an instance, named as in Durable Functions. Suspension is left
/// out on purpose: nothing in the platform needs it yet, and a status nobody uses is one
/// more state every handler would have to get right.
/// </summary>
public enum WorkflowStatus
{
    /// <summary>Created with a start time in the future; a stored timer starts it.</summary>
    Pending,

    Running,

    Completed,

    /// <summary>The workflow said so (a failing step it cannot get past) or its code threw; an operator can restart it.</summary>
    Failed,

    /// <summary>Stopped by an operator; an operator can restart it.</summary>
    Terminated,
}
