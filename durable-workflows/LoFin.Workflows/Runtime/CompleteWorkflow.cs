namespace LoFin.Workflows.Runtime;

/// <summary>Ends the instance as Completed with <see cref="Output"/>. Must be the decision's last command.</summary>
public sealed record CompleteWorkflow(object? Output) : WorkflowCommand;
