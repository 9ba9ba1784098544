using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// A workflow as the runtime sees it: a persisted state machine. <see cref="Start"/> makes
/// the first state from the input, <see cref="Apply"/> decides each later event. Both must
/// be pure (same arguments, same decision): no clock, no I/O, no randomness; whatever needs
/// the outside world is an activity or a timer. Derive from <see cref="Workflow{TInput,TState}"/>
/// rather than implementing this directly.
/// </summary>
public interface IWorkflow
{
    /// <summary>The workflow type's stable name, stored on every instance (e.g. <c>ApprovalLine</c>).</summary>
    string Name { get; }

    WorkflowDecision Start(JsonElement input, WorkflowContext context);

    WorkflowDecision Apply(JsonElement state, WorkflowEvent workflowEvent, WorkflowContext context);
}
