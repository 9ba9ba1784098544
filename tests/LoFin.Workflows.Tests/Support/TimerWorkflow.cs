using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Starts timer "wait" due at the input's time and completes when it fires; the "cancel" event cancels it.</summary>
public sealed class TimerWorkflow : Workflow<TimerWorkflow.Input, TimerWorkflow.State>
{
    public const string WorkflowName = "Timer";

    public override string Name => WorkflowName;

    public override Decision<State> Start(Input input, WorkflowContext context) =>
        Decision<State>.Next(new State(false, context.Now), new StartTimer("wait", input.DueAt));

    public override Decision<State> Decide(State state, WorkflowEvent workflowEvent, WorkflowContext context) =>
        workflowEvent switch
        {
            TimerFired { TimerId: "wait" } => Decision<State>.Next(state, new CompleteWorkflow(new Fired(context.Now))),
            ExternalEventRaised { Name: "cancel" } => Decision<State>.Next(state with { Cancelled = true }, new CancelTimer("wait")),
            _ => Decision<State>.Refuse("Not for this workflow."),
        };

    public sealed record Input(DateTimeOffset DueAt);

    public sealed record State(bool Cancelled, DateTimeOffset StartedAt);

    public sealed record Fired(DateTimeOffset At);
}
