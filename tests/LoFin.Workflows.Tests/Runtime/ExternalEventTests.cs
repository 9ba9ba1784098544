using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class ExternalEventTests
{
    private static readonly WorkflowCause Kim = WorkflowCause.User("u-kim");

    [Fact]
    public async Task RaiseEventAsync_WhenEventIdRepeats_ChangesNothingAndAnswersWithTheFirstOutcome()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 10);

        var first = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(2), "evt-1", Kim);
        var before = await host.Client.GetAsync(Tenants.Jongno, "counter-1");
        var again = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(2), "evt-1", Kim);
        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true);

        Assert.Equal(DecisionOutcome.Applied, first.Outcome);
        Assert.False(first.Duplicate);
        Assert.Equal(DecisionOutcome.Applied, again.Outcome);
        Assert.True(again.Duplicate);
        Assert.Equal(first.HistorySequence, again.HistorySequence);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(2, after.StateAs<CounterWorkflow.State>()!.Count);
        Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.EventRaised);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenInstanceHasCompleted_RecordsTheLateEventAndChangesNoState()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 1);
        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), "evt-1", Kim);
        var completed = await host.Client.GetAsync(Tenants.Jongno, "counter-1");

        var late = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(5), "evt-2", Kim);

        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true);
        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Contains("완료", late.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Completed, after!.Status);
        Assert.Equal(completed!.State!.Value.GetRawText(), after.State!.Value.GetRawText());
        Assert.Equal(completed.Output!.Value.GetRawText(), after.Output!.Value.GetRawText());
        Assert.Equal(completed.CompletedAt, after.CompletedAt);
        var ignored = Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.EventIgnored);
        Assert.Equal(Kim, ignored.Cause);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenWorkflowRefusesTheEvent_RecordsTheRefusalAndChangesNoState()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 10);

        var refused = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new { amount = "many" }, "evt-1", Kim);

        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true);
        Assert.Equal(DecisionOutcome.Refused, refused.Outcome);
        Assert.Contains(nameof(CounterWorkflow.Add), refused.Reason, StringComparison.Ordinal);
        Assert.Contains("$.amount", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Running, after!.Status);
        Assert.Equal(0, after.StateAs<CounterWorkflow.State>()!.Count);
        Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.EventRefused);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenEventsFromSeveralProcessesRaceOnOneInstance_AppliesEachExactlyOnce()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 1000);

        var clients = new[] { host.Client, host.SecondProcessClient(), host.SecondProcessClient() };

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            clients[i % clients.Length].RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), $"evt-{i}", Kim))));

        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true);
        Assert.All(results, r => Assert.Equal(DecisionOutcome.Applied, r.Outcome));
        Assert.Equal(12, after!.StateAs<CounterWorkflow.State>()!.Count);
        Assert.Equal(13, after.Version);
        Assert.Equal(12, after.History!.Count(r => r.EventType == WorkflowHistoryEventType.EventRaised));
        Assert.Equal(12, results.Select(r => r.HistorySequence).Distinct().Count());
    }

    [Fact]
    public async Task RaiseEventAsync_WhenABurstHitsOneInstanceInOneProcess_AppliesAllWithoutRunningOutOfRetries()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 1000);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), $"evt-{i}", Kim))));

        Assert.All(results, r => Assert.Equal(DecisionOutcome.Applied, r.Outcome));
        Assert.Equal(200, (await host.Client.GetAsync(Tenants.Jongno, "counter-1"))!.StateAs<CounterWorkflow.State>()!.Count);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenOneEventIdRacesWithItself_AppliesOnceAndTheRestAreDuplicates()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 1000);

        var clients = new[] { host.Client, host.SecondProcessClient() };

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            clients[i % clients.Length].RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(1), "evt-same", Kim))));

        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1");
        Assert.Single(results, r => !r.Duplicate);
        Assert.All(results, r => Assert.Equal(DecisionOutcome.Applied, r.Outcome));
        Assert.Equal(1, after!.StateAs<CounterWorkflow.State>()!.Count);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenWorkflowCodeThrows_FailsTheInstanceWithTheReason()
    {
        await using var host = WorkflowHost.Start();
        await StartCounterAsync(host, target: 10);

        var result = await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "boom", null, "evt-1", Kim);

        var after = await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true);
        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        Assert.Equal(WorkflowStatus.Failed, after!.Status);
        Assert.Contains("InvalidOperationException: Boom.", after.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowHistoryEventType.Failed, after.History![^1].EventType);
    }

    [Fact]
    public async Task RaiseEventAsync_WhenInstanceDoesNotExist_SaysSo()
    {
        await using var host = WorkflowHost.Start();

        var result = await host.Client.RaiseEventAsync(Tenants.Jongno, "nobody", "add", new CounterWorkflow.Add(1), "evt-1", Kim);

        Assert.True(result.InstanceNotFound);
    }

    private static Task StartCounterAsync(WorkflowHost host, int target) =>
        host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(target), "counter-1", WorkflowCause.User("u-starter"));
}
