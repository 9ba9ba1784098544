using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class DurableTimerTests
{
    [Fact]
    public async Task Timer_WhenClockPassesItsDueTime_FiresAndNotBefore()
    {
        await using var host = WorkflowHost.Start();
        var dueAt = host.Clock.GetUtcNow().AddHours(1);
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(dueAt), "timer-1", WorkflowCause.User("u-starter"));

        await host.AdvanceAsync(TimeSpan.FromMinutes(59));
        var before = await host.Client.GetAsync(Tenants.Jongno, "timer-1");
        var statistics = await host.Store.Queue.GetStatisticsAsync();
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var fired = await host.WaitForStatusAsync(Tenants.Jongno, "timer-1", WorkflowStatus.Completed);

        Assert.Equal(WorkflowStatus.Running, before!.Status);
        Assert.Equal(1, statistics.Scheduled);
        Assert.Equal(dueAt, fired.OutputAs<TimerWorkflow.Fired>()!.At);
        var record = Assert.Single(fired.History!, r => r.EventType == WorkflowHistoryEventType.TimerFired);
        Assert.Equal(WorkflowCauseKind.Timer, record.Cause.Kind);
        Assert.Equal("wait", record.Cause.Id);
        Assert.Empty(fired.PendingTimers);
    }

    [Fact]
    public async Task Timer_WhenCancelledBeforeItsDueTime_ItsMessageChangesNothing()
    {
        await using var host = WorkflowHost.Start();
        var dueAt = host.Clock.GetUtcNow().AddHours(1);
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(dueAt), "timer-1", WorkflowCause.User("u-starter"));
        await host.Client.RaiseEventAsync(Tenants.Jongno, "timer-1", "cancel", null, "cancel-1", WorkflowCause.User("u-kim"));
        var cancelled = await host.Client.GetAsync(Tenants.Jongno, "timer-1");

        await host.AdvanceAsync(TimeSpan.FromHours(2));

        var after = await host.Client.GetAsync(Tenants.Jongno, "timer-1", includeHistory: true);
        var statistics = await host.Store.Queue.GetStatisticsAsync();
        Assert.Equal(0, statistics.Scheduled + statistics.Ready + statistics.InFlight + statistics.DeadLettered);
        Assert.Equal(WorkflowStatus.Running, after!.Status);
        Assert.Equal(cancelled!.Version, after.Version);
        Assert.DoesNotContain(after.History!, r => r.EventType == WorkflowHistoryEventType.TimerFired);
        Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.TimerCancelled);
    }
}
