namespace LoFin.Workflows.Runtime;

/// <summary>
/// The result of a pure decision: either the next state with the commands that go with
/// it, or the reason the event is ignored or refused (then the state does not change).
/// </summary>
public sealed record Decision<TState>
    where TState : class
{
    private Decision(DecisionOutcome outcome, TState? state, IReadOnlyList<WorkflowCommand> commands, string? reason)
    {
        Outcome = outcome;
        State = state;
        Commands = commands;
        Reason = reason;
    }

    public DecisionOutcome Outcome { get; }

    /// <summary>The new state; null unless <see cref="Outcome"/> is Applied.</summary>
    public TState? State { get; }

    public IReadOnlyList<WorkflowCommand> Commands { get; }

    public string? Reason { get; }

    public static Decision<TState> Next(TState state, params IEnumerable<WorkflowCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(DecisionOutcome.Applied, state, [.. commands], null);
    }

    public static Decision<TState> Ignore(string reason) => new(DecisionOutcome.Ignored, null, [], Require(reason));

    public static Decision<TState> Refuse(string reason) => new(DecisionOutcome.Refused, null, [], Require(reason));

    public WorkflowDecision ToUntyped(Func<TState, System.Text.Json.JsonElement> serialize) => Outcome switch
    {
        DecisionOutcome.Applied => WorkflowDecision.Applied(serialize(State!), Commands),
        DecisionOutcome.Ignored => WorkflowDecision.Ignored(Reason!),
        _ => WorkflowDecision.Refused(Reason!),
    };

    private static string Require(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return reason;
    }
}
