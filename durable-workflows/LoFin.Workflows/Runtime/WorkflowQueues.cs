namespace LoFin.Workflows.Runtime;

/// <summary>The queues the runtime sends to; each has one queue function.</summary>
public static class WorkflowQueues
{
    /// <summary>Durable timers: scheduled messages that become visible at their due time.</summary>
    public const string Timers = "workflow-timers";

    /// <summary>Activities to run; the result goes back to the instance.</summary>
    public const string Activities = "workflow-activities";

    /// <summary>External events delivered by message (a child's end to its parent, a callback routed through a queue).</summary>
    public const string Events = "workflow-events";
}
