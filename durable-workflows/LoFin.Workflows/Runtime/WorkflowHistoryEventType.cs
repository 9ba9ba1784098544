namespace LoFin.Workflows.Runtime;

public enum WorkflowHistoryEventType
{
    Started,
    StartScheduled,
    Restarted,
    EventRaised,
    EventIgnored,
    EventRefused,
    TimerCreated,
    TimerFired,
    TimerCancelled,
    ActivityScheduled,
    ActivityCompleted,
    ActivityFailed,
    Note,
    Completed,
    Failed,
    Terminated,
}
