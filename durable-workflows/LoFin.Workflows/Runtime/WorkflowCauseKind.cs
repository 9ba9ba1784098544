namespace LoFin.Workflows.Runtime;

/// <summary>Who or what made a transition happen.</summary>
public enum WorkflowCauseKind
{
    /// <summary>A signed-in person (an official, an operator); the id is their user id.</summary>
    User,

    /// <summary>A durable timer; the id is the timer id.</summary>
    Timer,

    /// <summary>An activity's result; the id is the activity id.</summary>
    Activity,

    /// <summary>Another workflow instance (a child reporting its end); the id is its instance id.</summary>
    Workflow,

    /// <summary>A message from outside (a bank callback delivered by queue); the id is the message id.</summary>
    Message,

    /// <summary>The platform itself (a migration, a scheduled job); the id names the job.</summary>
    System,
}
