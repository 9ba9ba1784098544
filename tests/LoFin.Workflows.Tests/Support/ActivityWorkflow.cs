using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Runs one activity; completes with its output, fails when the activity fails for good.</summary>
public sealed class ActivityWorkflow : Workflow<ActivityWorkflow.Input, ActivityWorkflow.State>
{
    public const string WorkflowName = "Activity";

    public override string Name => WorkflowName;

    public override Decision<State> Start(Input input, WorkflowContext context) =>
        Decision<State>.Next(new State(input.Activity), new ScheduleActivity(input.Activity, input.Value, "only"));

    public override Decision<State> Decide(State state, WorkflowEvent workflowEvent, WorkflowContext context) =>
        workflowEvent switch
        {
            ActivityCompleted { Tag: "only" } completed => Decision<State>.Next(state, new CompleteWorkflow(completed.OutputAs<string>())),
            ActivityFailed { Tag: "only" } failed => Decision<State>.Next(state, new FailWorkflow($"{failed.Name} failed after {failed.Attempts} attempts: {failed.Error}")),
            _ => Decision<State>.Refuse("Not for this workflow."),
        };

    public sealed record Input(string Activity, string Value);

    public sealed record State(string Activity);
}
