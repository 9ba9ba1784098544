using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Xunit;

namespace LoFin.Workflows.Tests.Runtime;

public sealed class CompletionNoticeTests
{
    private static readonly WorkflowCause Starter = WorkflowCause.User("u-starter");

    [Fact]
    public async Task Complete_WhenStartedWithACompletionQueue_SendsTheNoticeWithTheOutputThere()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(2), "counter-1", Starter,
            new WorkflowStartOptions { CompletionQueue = host.CompletionQueue, CorrelationId = "commitment-77" });

        await host.Client.RaiseEventAsync(Tenants.Jongno, "counter-1", "add", new CounterWorkflow.Add(2), "evt-1", Starter);
        await host.WaitForIdleAsync();

        var message = Assert.Single(host.Completions.Received);
        Assert.Equal(Tenants.Jongno, message.TenantId);
        Assert.Equal("commitment-77", message.CorrelationId);
        var notice = message.Payload<WorkflowCompletedNotice>();
        Assert.Equal("counter-1", notice.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, notice.Status);
        Assert.Equal(2, notice.OutputAs<CounterWorkflow.Result>()!.Count);
    }

    [Fact]
    public async Task Complete_WhenChildHasAParent_RaisesTheNoticeOnTheParentOnce()
    {
        await using var host = WorkflowHost.Start();
        await host.Client.StartAsync(Tenants.Jongno, CounterWorkflow.WorkflowName, new CounterWorkflow.Input(100), "parent-1", Starter);
        await host.Client.StartAsync(Tenants.Jongno, ActivityWorkflow.WorkflowName, new ActivityWorkflow.Input("Echo", "x"), "child-1", Starter,
            new WorkflowStartOptions { Parent = new WorkflowParentLink("parent-1", "child-done") });

        await host.WaitForStatusAsync(Tenants.Jongno, "child-1", WorkflowStatus.Completed);
        await host.WaitForIdleAsync();

        var parent = await host.Client.GetAsync(Tenants.Jongno, "parent-1", includeHistory: true);
        // The counter refuses events it does not know, which shows the event arrived, from the child, exactly once.
        var arrived = Assert.Single(parent!.History!, r => r.Name == "child-done");
        Assert.Equal(WorkflowCauseKind.Workflow, arrived.Cause.Kind);
        Assert.Equal("child-1", arrived.Cause.Id);
        var payload = arrived.Data!.Value.GetProperty("payload").Deserialize<WorkflowCompletedNotice>(DocumentJson.Options)!;
        Assert.Equal("X", payload.OutputAs<string>());
    }
}
