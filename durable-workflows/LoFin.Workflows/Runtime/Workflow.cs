using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// A workflow with typed input and state. Decisions are pure functions, so each rule can
/// be tested by calling <see cref="Start"/> and <see cref="Decide"/> directly; the runtime
/// stores the state as JSON between events.
/// </summary>
public abstract class Workflow<TInput, TState> : IWorkflow
    where TInput : class
    where TState : class
{
    public abstract string Name { get; }

    /// <summary>The first state and the commands that start the work; refuse an input that cannot start.</summary>
    public abstract Decision<TState> Start(TInput input, WorkflowContext context);

    /// <summary>The next state for one event, or why the event is ignored or refused.</summary>
    public abstract Decision<TState> Decide(TState state, WorkflowEvent workflowEvent, WorkflowContext context);

    WorkflowDecision IWorkflow.Start(JsonElement input, WorkflowContext context)
    {
        TInput typed;
        try
        {
            typed = input.Deserialize<TInput>(DocumentJson.Options)
                ?? throw new WorkflowPayloadException(WorkflowMessages.InputNeeded(Name));
        }
        catch (JsonException ex)
        {
            throw new WorkflowPayloadException(WorkflowMessages.InvalidInput(Name, typeof(TInput), ex), ex);
        }
        return Start(typed, context).ToUntyped(Serialize);
    }

    WorkflowDecision IWorkflow.Apply(JsonElement state, WorkflowEvent workflowEvent, WorkflowContext context)
    {
        var typed = state.Deserialize<TState>(DocumentJson.Options)
            ?? throw new InvalidOperationException($"Workflow '{Name}' has no state for instance '{context.InstanceId}'.");
        return Decide(typed, workflowEvent, context).ToUntyped(Serialize);
    }

    private static JsonElement Serialize(TState state) => JsonSerializer.SerializeToElement(state, DocumentJson.Options);
}
