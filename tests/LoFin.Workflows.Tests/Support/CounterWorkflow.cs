using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Tests.Support;

/// <summary>
/// Adds what each "add" event says until it reaches its target, then completes with the
/// sum. "refuse" is always refused; "boom" makes the workflow code throw.
/// </summary>
public sealed class CounterWorkflow : Workflow<CounterWorkflow.Input, CounterWorkflow.State>
{
    public const string WorkflowName = "Counter";

    public override string Name => WorkflowName;

    public override Decision<State> Start(Input input, WorkflowContext context) =>
        input.Target <= 0
            ? Decision<State>.Refuse("The target is positive.")
            : Decision<State>.Next(new State(0, input.Target), new SetCustomStatus(new Progress(0)));

    public override Decision<State> Decide(State state, WorkflowEvent workflowEvent, WorkflowContext context)
    {
        if (workflowEvent is not ExternalEventRaised raised)
        {
            return Decision<State>.Ignore("Counters only take events.");
        }
        switch (raised.Name)
        {
            case "add":
                var count = state.Count + raised.PayloadAs<Add>().Amount;
                var next = state with { Count = count };
                return count >= state.Target
                    ? Decision<State>.Next(next, new SetCustomStatus(new Progress(count)), new CompleteWorkflow(new Result(count)))
                    : Decision<State>.Next(next, new SetCustomStatus(new Progress(count)));
            case "boom":
                throw new InvalidOperationException("Boom.");
            default:
                return Decision<State>.Refuse($"No event '{raised.Name}'.");
        }
    }

    public sealed record Input(int Target);

    public sealed record State(int Count, int Target);

    public sealed record Add(int Amount);

    public sealed record Progress(int Count);

    public sealed record Result(int Count);
}
