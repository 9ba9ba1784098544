namespace LoFin.Workflows.Runtime;

public enum WorkflowStartOutcome
{
    /// <summary>A new instance was created (Running, or Pending when it starts later).</summary>
    Started,

    /// <summary>An instance with this id, type and input exists already; it is returned unchanged.</summary>
    AlreadyExists,

    /// <summary>An instance with this id exists with another type or input: the id is taken.</summary>
    Conflict,

    /// <summary>The workflow refused the input (or the type is unknown); nothing was stored.</summary>
    Refused,
}
