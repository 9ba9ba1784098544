using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class ProcessRestartTests
{
    [Fact]
    public async Task RestartProcess_WhenATimerIsPending_KeepsTheStateAndFiresTheTimerAfterwards()
    {
        await using var host = WorkflowHost.Start();
        var dueAt = host.Clock.GetUtcNow().AddHours(1);
        await host.Client.StartAsync(Tenants.Jongno, TimerWorkflow.WorkflowName, new TimerWorkflow.Input(dueAt), "timer-1", WorkflowCause.User("u-starter"));
        var before = await host.Client.GetAsync(Tenants.Jongno, "timer-1");

        await host.RestartProcessAsync();
        var reloaded = await host.Client.GetAsync(Tenants.Jongno, "timer-1");
        await host.AdvanceAsync(TimeSpan.FromHours(1));
        var fired = await host.WaitForStatusAsync(Tenants.Jongno, "timer-1", WorkflowStatus.Completed);

        Assert.Equal(before!.Version, reloaded!.Version);
        Assert.Equal(before.State!.Value.GetRawText(), reloaded.State!.Value.GetRawText());
        Assert.Equal(before.PendingTimers, reloaded.PendingTimers);
        Assert.Equal(dueAt, fired.OutputAs<TimerWorkflow.Fired>()!.At);
    }

    [Fact]
    public async Task RestartProcess_WhenAnActivityIsQueued_RunsItInTheNewProcess()
    {
        await using var host = WorkflowHost.Start();
        host.Probe.FailNext(1);
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Flaky", "pay"), "act-1", WorkflowCause.User("u-starter"));
        await host.WaitForIdleAsync();

        await host.RestartProcessAsync();
        await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        var done = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Completed);

        Assert.Equal("pay@2", done.OutputAs<string>());
    }
}
