using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class ManagementTests
{
    private static readonly WorkflowCause Operator = WorkflowCause.User("u-operator");

    [Fact]
    public async Task TerminateAsync_WhenRunning_EndsTheInstanceAndItsTimerChangesNothing()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(host.Clock.GetUtcNow().AddHours(1)), "timer-1", Operator);

        var result = await host.Client.TerminateAsync(Tenants.Jongno, "timer-1", "Drafted by mistake", Operator);
        var again = await host.Client.TerminateAsync(Tenants.Jongno, "timer-1", "Twice", Operator);
        await host.AdvanceAsync(TimeSpan.FromHours(2));

        var after = await host.Client.GetAsync(Tenants.Jongno, "timer-1", includeHistory: true);
        Assert.Equal(WorkflowOperationOutcome.Done, result.Outcome);
        Assert.Equal(WorkflowOperationOutcome.Done, again.Outcome);
        Assert.Equal(WorkflowStatus.Terminated, after!.Status);
        Assert.Equal("Drafted by mistake", after.Reason);
        Assert.Equal(result.Instance!.Version, after.Version);
        Assert.Empty(after.PendingTimers);
        var terminated = Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.Terminated);
        Assert.Equal(Operator, terminated.Cause);
        Assert.DoesNotContain(after.History!, r => r.EventType == WorkflowHistoryEventType.TimerFired);
    }

    [Fact]
    public async Task TerminateAsync_WhenCompleted_IsNotAllowed()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(1), "counter-1", Operator);
        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), "evt-1", Operator);

        var result = await host.Client.TerminateAsync(Tenants.Jongno, "counter-1", "Too late", Operator);

        Assert.Equal(WorkflowOperationOutcome.NotAllowed, result.Outcome);
        Assert.Contains("완료", result.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Completed, (await host.Client.GetAsync(Tenants.Jongno, "counter-1"))!.Status);
    }

    [Fact]
    public async Task RestartAsync_WhenFailed_RunsAgainFromTheOriginalInputUnderTheSameId()
    {
        await using var host = WorkflowHost.Start();
        host.Probe.FailNext(100);
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Flaky", "pay"), "act-1", Operator);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        }
        await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Failed);
        host.Probe.FailNext(0);

        var restarted = await host.Client.RestartAsync(Tenants.Jongno, "act-1", WorkflowCause.User("u-fixer"));
        var done = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Completed);

        Assert.Equal(WorkflowOperationOutcome.Done, restarted.Outcome);
        Assert.Equal(2, done.Generation);
        Assert.Equal("pay@1", done.OutputAs<string>());
        Assert.Null(done.Reason);
        var restartRecord = Assert.Single(done.History!, r => r.EventType == WorkflowHistoryEventType.Restarted);
        Assert.Equal(WorkflowCause.User("u-fixer"), restartRecord.Cause);
        Assert.Equal(2, restartRecord.Generation);
        Assert.Single(done.History!, r => r.EventType == WorkflowHistoryEventType.Failed && r.Generation == 1);
    }

    [Fact]
    public async Task RestartAsync_WhenRunning_IsNotAllowed()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(5), "counter-1", Operator);

        var result = await host.Client.RestartAsync(Tenants.Jongno, "counter-1", Operator);

        Assert.Equal(WorkflowOperationOutcome.NotAllowed, result.Outcome);
        Assert.Equal(1, (await host.Client.GetAsync(Tenants.Jongno, "counter-1"))!.Generation);
    }

    [Fact]
    public async Task RestartAsync_WhenTerminated_ForgetsTheOldRunsTimers()
    {
        await using var host = WorkflowHost.Start();
        var dueAt = host.Clock.GetUtcNow().AddHours(1);
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(dueAt), "timer-1", Operator);
        await host.Client.TerminateAsync(Tenants.Jongno, "timer-1", "Paused by operator", Operator);

        await host.Client.RestartAsync(Tenants.Jongno, "timer-1", Operator);
        await host.AdvanceAsync(TimeSpan.FromHours(2));
        var done = await host.WaitForStatusAsync(Tenants.Jongno, "timer-1", WorkflowStatus.Completed);

        // Both runs' timer messages arrived; only the pending one (the second run's) fired.
        Assert.Single(done.History!, r => r.EventType == WorkflowHistoryEventType.TimerFired);
        Assert.Equal(2, done.History!.Single(r => r.EventType == WorkflowHistoryEventType.TimerFired).Generation);
    }

    [Fact]
    public async Task ListAsync_WhenFilteredByStatusTypeAndCreationTime_ReturnsMatchingInstancesNewestFirstInPages()
    {
        await using var host = WorkflowHost.Start();
        var t0 = host.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(1), $"counter-{i}", Operator);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(t0.AddDays(1)), "timer-1", Operator);
        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-0", "add", new CounterWorkflow.Add(1), "evt-1", Operator);

        var running = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter { Status = WorkflowStatus.Running, WorkflowType = CounterWorkflow.WorkflowName, PageSize = 2 });
        var next = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter { Status = WorkflowStatus.Running, WorkflowType = CounterWorkflow.WorkflowName, PageSize = 2, ContinuationToken = running.ContinuationToken });
        var window = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter { CreatedFrom = t0.AddMinutes(1), CreatedTo = t0.AddMinutes(3) });
        var completed = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter { Status = WorkflowStatus.Completed });

        Assert.Equal(["counter-4", "counter-3"], running.Items.Select(i => i.InstanceId));
        Assert.Equal(["counter-2", "counter-1"], next.Items.Select(i => i.InstanceId));
        Assert.Equal(["counter-2", "counter-1"], window.Items.Select(i => i.InstanceId));
        Assert.Equal(["counter-0"], completed.Items.Select(i => i.InstanceId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("assignee') OR 1=1 --")]
    [InlineData("a..b")]
    public void CustomStatusFilter_WhenPropertyIsNotAPath_Throws(string property) =>
        Assert.Throws<ArgumentException>(() => new WorkflowCustomStatusFilter(property, "x"));

    [Fact]
    public async Task Client_WhenAnotherTenantAsks_SeesNothingOfTheInstance()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(5), "counter-1", Operator);

        var get = await host.Client.GetAsync(Tenants.BusanJung, "counter-1");
        var list = await host.Client.ListAsync(Tenants.BusanJung, new WorkflowInstanceFilter());
        var raise = await host.Client.RaiseEventAsync(Tenants.BusanJung, "counter-1", "add", new CounterWorkflow.Add(1), "evt-1", Operator);
        var terminate = await host.Client.TerminateAsync(Tenants.BusanJung, "counter-1", "Not yours", Operator);
        var restart = await host.Client.RestartAsync(Tenants.BusanJung, "counter-1", Operator);
        var history = await host.Client.GetHistoryAsync(Tenants.BusanJung, "counter-1");
        var ownStart = await host.Client.StartAsync(Tenants.BusanJung, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(7), "counter-1", Operator);

        Assert.Null(get);
        Assert.Empty(list.Items);
        Assert.True(raise.InstanceNotFound);
        Assert.Contains("'counter-1'", raise.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowOperationOutcome.NotFound, terminate.Outcome);
        Assert.Equal(WorkflowOperationOutcome.NotFound, restart.Outcome);
        Assert.Empty(history.Items);
        Assert.Equal(WorkflowStartOutcome.Started, ownStart.Outcome);
        var jongno = await host.Client.GetAsync(Tenants.Jongno, "counter-1");
        Assert.Equal(WorkflowStatus.Running, jongno!.Status);
        Assert.Equal(0, jongno.StateAs<CounterWorkflow.State>()!.Count);
        Assert.Equal(5, jongno.StateAs<CounterWorkflow.State>()!.Target);
    }
}
