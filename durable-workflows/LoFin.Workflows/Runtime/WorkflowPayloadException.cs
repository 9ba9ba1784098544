namespace LoFin.Workflows.Runtime;

/// <summary>An event or input payload that does not have the shape the workflow expects: the sender's mistake.</summary>
public sealed class WorkflowPayloadException : Exception
{
    public WorkflowPayloadException(string message)
        : base(message)
    {
    }

    public WorkflowPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
