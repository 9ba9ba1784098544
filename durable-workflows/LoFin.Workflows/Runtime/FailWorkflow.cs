namespace LoFin.Workflows.Runtime;

/// <summary>Ends the instance as Failed (an operator may restart it). Must be the decision's last command.</summary>
public sealed record FailWorkflow(string Reason, object? Details = null) : WorkflowCommand;
