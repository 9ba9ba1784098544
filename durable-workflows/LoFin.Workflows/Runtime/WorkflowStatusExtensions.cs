namespace LoFin.Workflows.Runtime;

public static class WorkflowStatusExtensions
{
    /// <summary>Completed, Failed or Terminated: no event, timer or activity result changes it any more.</summary>
    public static bool IsTerminal(this WorkflowStatus status) =>
        status is WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Terminated;
}
