using System.Text.Json;
using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class HistoryTests
{
    [Fact]
    public async Task History_WhenWorkflowRuns_RecordsEveryTransitionInOrderWithItsCause()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Echo", "hello"), "act-1", WorkflowCause.User("u-starter"));

        var done = await host.WaitForStatusAsync(Tenants.Jongno, "act-1", WorkflowStatus.Completed);

        var history = done.History!;
        Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(r => r.Sequence));
        Assert.Equal(
            [WorkflowHistoryEventType.Started, WorkflowHistoryEventType.ActivityScheduled, WorkflowHistoryEventType.ActivityCompleted, WorkflowHistoryEventType.Completed],
            history.Select(r => r.EventType));
        Assert.Equal(WorkflowCause.User("u-starter"), history[0].Cause);
        Assert.Equal(WorkflowCause.User("u-starter"), history[1].Cause);
        var activityId = WorkflowIds.ActivityId("act-1", 2);
        Assert.Equal(WorkflowCauseKind.Activity, history[2].Cause.Kind);
        Assert.Equal(activityId, history[2].Cause.Id);
        Assert.NotNull(history[2].Cause.MessageId);
        Assert.Equal(history[2].Cause, history[3].Cause);
        Assert.Equal("HELLO", history[3].Data!.Value.GetString());
        Assert.Equal("HELLO", done.OutputAs<string>());
    }

    [Fact]
    public async Task History_WhenEventsAreRaised_RecordsTheUserAndEventIdOfEach()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(10), "counter-1", WorkflowCause.User("u-starter"));

        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(2), "evt-a", WorkflowCause.User("u-kim"));
        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "refuse", null, "evt-b", WorkflowCause.User("u-lee"));

        var history = (await host.Client.GetAsync(Tenants.Jongno, "counter-1", includeHistory: true))!.History!;
        var added = Assert.Single(history, r => r.EventType == WorkflowHistoryEventType.EventRaised);
        Assert.Equal(WorkflowCause.User("u-kim"), added.Cause);
        Assert.Equal("evt-a", added.Data!.Value.GetProperty("eventId").GetString());
        Assert.Equal(2, added.Data.Value.GetProperty("payload").GetProperty("amount").GetInt32());
        var refused = Assert.Single(history, r => r.EventType == WorkflowHistoryEventType.EventRefused);
        Assert.Equal(WorkflowCause.User("u-lee"), refused.Cause);
        Assert.Equal("No event 'refuse'.", refused.Data!.Value.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, refused.Data.Value.GetProperty("payload").ValueKind);
    }
}
