using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class ActivityTests
{
    private static readonly WorkflowCause Starter = WorkflowCause.User("u-starter");

    [Fact]
    public async Task Activity_WhenScheduled_RunsFromTheQueueAndItsResultReachesTheInstance()
    {
        await using var host = WorkflowHost.Start();

        var started = await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Echo", "hello"), "act-1", Starter);
        var done = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Completed);

        var pending = Assert.Single(started.Instance!.PendingActivities);
        Assert.Equal(WorkflowIds.ActivityId("act-1", 2), pending.ActivityId);
        Assert.Equal("HELLO", done.OutputAs<string>());
        Assert.Empty(done.PendingActivities);
        Assert.Equal(1, host.Probe.Runs);
    }

    [Fact]
    public async Task Activity_WhenItFailsTwice_IsRetriedByTheQueueAndSucceeds()
    {
        await using var host = WorkflowHost.Start();
        host.Probe.FailNext(2);
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Flaky", "pay"), "act-1", Starter);

        for (var retry = 0; retry < 2; retry++)
        {
            await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        }
        var done = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Completed);

        Assert.Equal("pay@3", done.OutputAs<string>());
        Assert.Equal(3, host.Probe.Runs);
        Assert.DoesNotContain(done.History!, r => r.EventType == WorkflowHistoryEventType.ActivityFailed);
    }

    [Fact]
    public async Task Activity_WhenEveryAttemptFails_WorkflowHearsActivityFailedOnlyAfterTheLastAttempt()
    {
        await using var host = WorkflowHost.Start();
        host.Probe.FailNext(100);
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Flaky", "pay"), "act-1", Starter);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            await host.WaitForIdleAsync();
            Assert.Equal(attempt, host.Probe.Runs);
            var meanwhile = await host.Client.GetAsync(Tenants.Jongno, "act-1", includeHistory: true);
            Assert.Equal(WorkflowStatus.Running, meanwhile!.Status);
            Assert.Single(meanwhile.PendingActivities);
            Assert.DoesNotContain(meanwhile.History!, r => r.EventType == WorkflowHistoryEventType.ActivityFailed);
            host.Clock.Advance(TimeSpan.FromMinutes(2));
        }
        var failed = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Failed);

        Assert.Equal(5, host.Probe.Runs);
        Assert.StartsWith("Flaky failed after 5 attempts", failed.Reason, StringComparison.Ordinal);
        Assert.Single(failed.History!, r => r.EventType == WorkflowHistoryEventType.ActivityFailed);
        Assert.Equal(0, (await host.Store.Queue.GetStatisticsAsync()).DeadLettered);
    }

    [Fact]
    public async Task Activity_WhenNoActivityHasThatName_WorkflowHearsActivityFailedAtOnce()
    {
        await using var host = WorkflowHost.Start();

        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Missing", "x"), "act-1", Starter);
        var failed = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Failed);

        Assert.Contains("'Missing'", failed.Reason, StringComparison.Ordinal);
    }
}
