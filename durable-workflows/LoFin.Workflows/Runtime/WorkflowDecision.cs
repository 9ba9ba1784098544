using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>A decision with its state as JSON: what the runtime stores.</summary>
public sealed record WorkflowDecision(DecisionOutcome Outcome, JsonElement? State, IReadOnlyList<WorkflowCommand> Commands, string? Reason)
{
    public static WorkflowDecision Applied(JsonElement state, IReadOnlyList<WorkflowCommand> commands) => new(DecisionOutcome.Applied, state, commands, null);

    public static WorkflowDecision Ignored(string reason) => new(DecisionOutcome.Ignored, null, [], reason);

    public static WorkflowDecision Refused(string reason) => new(DecisionOutcome.Refused, null, [], reason);
}
