using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class WorkflowStartTests
{
    private static readonly WorkflowCause Starter = WorkflowCause.User("u-starter");

    [Fact]
    public async Task StartAsync_WhenSameIdStartedTwice_ReturnsExistingInstanceAndCreatesNoDuplicate()
    {
        await using var host = WorkflowHost.Start();

        var first = await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(3), "counter-1", Starter);
        var second = await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(3), "counter-1", Starter);

        Assert.Equal(WorkflowStartOutcome.Started, first.Outcome);
        Assert.Equal(WorkflowStartOutcome.AlreadyExists, second.Outcome);
        Assert.Equal(first.Instance!.Version, second.Instance!.Version);
        var page = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter());
        Assert.Single(page.Items);
        var history = await host.Client.GetHistoryAsync(Tenants.Jongno, "counter-1");
        Assert.Single(history.Items, r => r.EventType == WorkflowHistoryEventType.Started);
    }

    [Fact]
    public async Task StartAsync_WhenIdTakenWithOtherInput_ReturnsConflictAndKeepsTheFirst()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(3), "counter-1", Starter);

        var other = await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(9), "counter-1", Starter);

        Assert.Equal(WorkflowStartOutcome.Conflict, other.Outcome);
        Assert.Equal(3, other.Instance!.StateAs<CounterWorkflow.State>()!.Target);
    }

    [Fact]
    public async Task StartAsync_WhenStartsRaceOnOneId_CreatesExactlyOneInstance()
    {
        await using var host = WorkflowHost.Start();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(3), "counter-1", Starter))));

        Assert.Single(results, r => r.Outcome == WorkflowStartOutcome.Started);
        Assert.All(results, r => Assert.Equal(1, r.Instance!.Version));
        var history = await host.Client.GetHistoryAsync(Tenants.Jongno, "counter-1");
        Assert.Single(history.Items, r => r.EventType == WorkflowHistoryEventType.Started);
    }

    [Fact]
    public async Task StartAsync_WhenWorkflowRefusesInput_StoresNothing()
    {
        await using var host = WorkflowHost.Start();

        var result = await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(0), "counter-1", Starter);

        Assert.Equal(WorkflowStartOutcome.Refused, result.Outcome);
        Assert.Equal("The target is positive.", result.Reason);
        Assert.Null(await host.Client.GetAsync(Tenants.Jongno, "counter-1"));
    }

    [Fact]
    public async Task StartAsync_WhenTypeUnknown_IsRefusedWithTheKnownTypes()
    {
        await using var host = WorkflowHost.Start();

        var result = await host.Client.StartAsync(Tenants.Jongno, "NoSuchWorkflow", new CounterWorkflow.Input(1), null, Starter);

        Assert.Equal(WorkflowStartOutcome.Refused, result.Outcome);
        Assert.Contains("NoSuchWorkflow", result.Reason, StringComparison.Ordinal);
        Assert.Contains("ApprovalLine", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WhenStartAtIsLater_StaysPendingUntilTheClockPassesIt()
    {
        await using var host = WorkflowHost.Start();
        var startAt = host.Clock.GetUtcNow().AddHours(2);

        var result = await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(1), "counter-1", Starter,
            new WorkflowStartOptions { StartAt = startAt });
        var early = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), "e1", Starter);
        await host.AdvanceAsync(TimeSpan.FromHours(1));
        var stillPending = await host.Client.GetAsync(Tenants.Jongno, "counter-1");
        await host.AdvanceAsync(TimeSpan.FromHours(1));
        var started = await host.WaitForStatusAsync(Tenants.Jongno, "counter-1", WorkflowStatus.Running);

        Assert.Equal(WorkflowStatus.Pending, result.Instance!.Status);
        Assert.Equal(DecisionOutcome.Ignored, early.Outcome);
        Assert.Equal(WorkflowStatus.Pending, stillPending!.Status);
        Assert.Equal(0, started.StateAs<CounterWorkflow.State>()!.Count);
        Assert.Equal(
            [WorkflowHistoryEventType.StartScheduled, WorkflowHistoryEventType.TimerCreated, WorkflowHistoryEventType.EventIgnored,
             WorkflowHistoryEventType.TimerFired, WorkflowHistoryEventType.Started],
            started.History!.Select(r => r.EventType));
    }
}
