namespace LoFin.Workflows.Runtime;

/// <summary>Cancels a pending timer; its message, when it arrives, changes nothing. Cancelling a timer that is not pending does nothing.</summary>
public sealed record CancelTimer(string TimerId) : WorkflowCommand;
