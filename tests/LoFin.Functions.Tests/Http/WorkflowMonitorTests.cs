using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

public sealed class WorkflowMonitorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    private async Task<string> StartApprovalAsync(string clerkUser, string tenantId, string approver)
    {
        using var clerk = await _app.ClientAsAsync(clerkUser);
        var response = await clerk.PostAsJsonAsync($"/api/tenants/{tenantId}/approvals",
            new { documentId = "doc-" + Guid.NewGuid().ToString("N")[..12], title = "점검", amountWon = 1000, line = new[] { approver } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
    }

    [Fact]
    public async Task Monitor_WhenOperatorListsAndOpensAnInstance_ShowsStatusAndHistoryWithCauses()
    {
        var instanceId = await StartApprovalAsync("suwon.clerk", "41110", "suwon.divisionhead");
        using var ops = await _app.ClientAsAsync("suwon.operator");
        var list = await ops.GetFromJsonAsync<JsonElement>("/api/tenants/41110/workflows?status=Running&type=ApprovalLine&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == instanceId);

        var detail = await ops.GetFromJsonAsync<JsonElement>($"/api/tenants/41110/workflows/{instanceId}");
        var history = detail.GetProperty("history").EnumerateArray().ToList();
        Assert.NotEmpty(history);
        Assert.Equal("User:suwon.clerk", history[0].GetProperty("cause").GetString());
    }

    [Fact]
    public async Task Terminate_WhenOperatorGivesAReason_EndsTheInstanceOnceAndRestartRunsItAgain()
    {
        var instanceId = await StartApprovalAsync("seoul.clerk", "11000", "seoul.divisionhead");
        using var ops = await _app.ClientAsAsync("seoul.operator");
        await ProblemAssert.IsProblemAsync(await ops.PostAsJsonAsync($"/api/tenants/11000/workflows/{instanceId}/terminate", new { reason = "" }), HttpStatusCode.BadRequest, "reason");
        var terminated = await ops.PostAsJsonAsync($"/api/tenants/11000/workflows/{instanceId}/terminate", new { reason = "중복 생성" });
        Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);
        Assert.Equal("Terminated", (await terminated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        // Terminating an ended instance changes nothing (as in Durable Functions): same status, same history.
        var again = await ops.PostAsJsonAsync($"/api/tenants/11000/workflows/{instanceId}/terminate", new { reason = "다시" });
        Assert.Equal("Terminated", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var detail = await ops.GetFromJsonAsync<JsonElement>($"/api/tenants/11000/workflows/{instanceId}");
        Assert.Equal(1, detail.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("eventType").GetString() == "Terminated"));

        var restarted = await ops.PostAsJsonAsync($"/api/tenants/11000/workflows/{instanceId}/restart", new { });
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);
        Assert.Equal("Running", (await restarted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Monitor_WhenAskedForAnotherGovernmentsInstance_Is403AndUnknownIs404()
    {
        var instanceId = await StartApprovalAsync("yangpyeong.clerk", "41830", "yangpyeong.divisionhead");
        using var ops = await _app.ClientAsAsync("seoul.operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await ops.GetAsync($"/api/tenants/41830/workflows/{instanceId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await ops.GetAsync($"/api/tenants/11000/workflows/{instanceId}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await ops.GetAsync("/api/tenants/11000/workflows?status=Sleeping"), HttpStatusCode.BadRequest, "status");
        await ProblemAssert.IsProblemAsync(await ops.GetAsync("/api/tenants/11000/workflows?continuationToken=%%%"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RaiseEvent_WhenUnknownEvent_IsRecordedAsRefusedAndChangesNothing()
    {
        var instanceId = await StartApprovalAsync("seoul.clerk", "11000", "seoul.divisionhead");
        using var ops = await _app.ClientAsAsync("seoul.operator");
        var response = await ops.PostAsJsonAsync($"/api/tenants/11000/workflows/{instanceId}/raiseEvent/poke", new { });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        var detail = await ops.GetFromJsonAsync<JsonElement>($"/api/tenants/11000/workflows/{instanceId}");
        Assert.Equal("Running", detail.GetProperty("status").GetString());
    }
}
