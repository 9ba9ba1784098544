using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

public sealed class ApprovalLineTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    private static object Draft(string documentId, long amountWon, params string[] line) =>
        new { documentId, title = "사무용품 구입 계획", amountWon, line };

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static object Decide(string decision, JsonElement approval, string? comment = null) => new
    {
        decision,
        round = approval.GetProperty("progress").GetProperty("round").GetInt32(),
        step = approval.GetProperty("progress").GetProperty("step").GetInt32(),
        comment,
    };

    [Fact]
    public async Task ApprovalLine_WhenEachStepApproves_EndsApprovedWithDelegatedFinalSignature()
    {
        var id = "doc-" + Guid.NewGuid().ToString("N")[..12];
        using var clerk = await _app.ClientAsAsync("suwon.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/41110/approvals", Draft(id, 5_000_000, "suwon.teamlead", "suwon.divisionhead", "suwon.director")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        Assert.Equal("suwon.teamlead", started.GetProperty("progress").GetProperty("assigneeUserId").GetString());

        using var teamLead = await _app.ClientAsAsync("suwon.teamlead");
        var inbox = await teamLead.GetFromJsonAsync<JsonElement>("/api/tenants/41110/approvals/inbox");
        var waiting = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId);
        var afterFirst = await BodyAsync(await teamLead.PostAsJsonAsync($"/api/tenants/41110/approvals/{instanceId}/decisions", Decide("Approve", waiting)));
        Assert.Equal("suwon.divisionhead", afterFirst.GetProperty("progress").GetProperty("assigneeUserId").GetString());

        // 5,000,000원 is within the 과장's 전결 limit: the division head signs as final; the director is not asked.
        using var divisionHead = await _app.ClientAsAsync("suwon.divisionhead");
        var done = await BodyAsync(await divisionHead.PostAsJsonAsync($"/api/tenants/41110/approvals/{instanceId}/decisions", Decide("Approve", afterFirst)));
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal("Approved", done.GetProperty("result").GetProperty("outcome").GetString());
        Assert.Equal(1, done.GetProperty("result").GetProperty("delegatedStep").GetInt32()); // steps count from 0
    }

    [Fact]
    public async Task Decision_WhenDrafterTriesToApproveOwnDocument_IsRefusedAndChangesNothing()
    {
        var id = "doc-" + Guid.NewGuid().ToString("N")[..12];
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/11000/approvals", Draft(id, 1_000_000, "seoul.divisionhead")));
        var instanceId = started.GetProperty("instanceId").GetString()!;

        var refused = await clerk.PostAsJsonAsync($"/api/tenants/11000/approvals/{instanceId}/decisions", Decide("Approve", started));
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        var after = await clerk.GetFromJsonAsync<JsonElement>($"/api/tenants/11000/approvals/{instanceId}");
        Assert.Equal("Running", after.GetProperty("status").GetString());
        Assert.Equal("seoul.divisionhead", after.GetProperty("progress").GetProperty("assigneeUserId").GetString());
    }

    [Fact]
    public async Task Start_WhenDrafterPutsThemselvesInTheLine_IsRefused()
    {
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var response = await clerk.PostAsJsonAsync("/api/tenants/11000/approvals", Draft("doc-" + Guid.NewGuid().ToString("N")[..12], 1000, "seoul.clerk", "seoul.divisionhead"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Decision_WhenNotTheAssignee_IsRefused()
    {
        using var clerk = await _app.ClientAsAsync("yangpyeong.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/41830/approvals",
            Draft("doc-" + Guid.NewGuid().ToString("N")[..12], 1000, "yangpyeong.teamlead", "yangpyeong.divisionhead")));
        using var divisionHead = await _app.ClientAsAsync("yangpyeong.divisionhead");
        var response = await divisionHead.PostAsJsonAsync($"/api/tenants/41830/approvals/{started.GetProperty("instanceId").GetString()}/decisions", Decide("Approve", started));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Start_WhenSameDraftSentTwice_ReturnsTheSameLine()
    {
        var id = "doc-" + Guid.NewGuid().ToString("N")[..12];
        using var clerk = await _app.ClientAsAsync("suwon.clerk");
        var first = await clerk.PostAsJsonAsync("/api/tenants/41110/approvals", Draft(id, 1000, "suwon.divisionhead"));
        var second = await clerk.PostAsJsonAsync("/api/tenants/41110/approvals", Draft(id, 1000, "suwon.divisionhead"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await BodyAsync(first)).GetProperty("instanceId").GetString(), (await BodyAsync(second)).GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task Decision_WhenRetriedWithTheSameIdempotencyKey_AppliesOnce()
    {
        var id = "doc-" + Guid.NewGuid().ToString("N")[..12];
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/11000/approvals", Draft(id, 1000, "seoul.teamlead", "seoul.divisionhead")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        using var teamLead = await _app.ClientAsAsync("seoul.teamlead");
        var key = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/11000/approvals/{instanceId}/decisions")
            {
                Content = JsonContent.Create(Decide("Approve", started)),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await teamLead.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using var operatorClient = await _app.ClientAsAsync("seoul.operator");
        var detail = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/tenants/11000/workflows/{instanceId}");
        Assert.Equal(1, detail.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("eventType").GetString() == "EventRaised"));
    }

    [Fact]
    public async Task Approval_WhenAnotherGovernmentOrAnOutsider_CannotSeeIt()
    {
        var id = "doc-" + Guid.NewGuid().ToString("N")[..12];
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/11000/approvals", Draft(id, 1000, "seoul.divisionhead")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        using var suwon = await _app.ClientAsAsync("suwon.divisionhead");
        Assert.Equal(HttpStatusCode.Forbidden, (await suwon.GetAsync($"/api/tenants/11000/approvals/{instanceId}")).StatusCode);
        using var budget = await _app.ClientAsAsync("seoul.budget");
        Assert.Equal(HttpStatusCode.NotFound, (await budget.GetAsync($"/api/tenants/11000/approvals/{instanceId}")).StatusCode);
        using var vendor = await _app.ClientAsAsync("seoul.vendor");
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.PostAsJsonAsync("/api/tenants/11000/approvals", Draft("x1", 1, "seoul.divisionhead"))).StatusCode);
    }

    [Theory]
    [InlineData("{\"documentId\":\"bad id!\",\"title\":\"t\",\"amountWon\":1,\"line\":[\"seoul.teamlead\"]}", "documentId")]
    [InlineData("{\"documentId\":\"ok\",\"title\":\"\",\"amountWon\":1,\"line\":[\"seoul.teamlead\"]}", "title")]
    [InlineData("{\"documentId\":\"ok\",\"title\":\"t\",\"amountWon\":-5,\"line\":[\"seoul.teamlead\"]}", "amountWon")]
    [InlineData("{\"documentId\":\"ok\",\"title\":\"t\",\"amountWon\":1,\"line\":[]}", "line")]
    [InlineData("{\"documentId\":\"ok\",\"title\":\"t\",\"amountWon\":1,\"line\":[\"suwon.teamlead\"]}", "line[0]")]
    [InlineData("{\"documentId\":\"ok\",\"title\":\"t\",\"amountWon\":1.5,\"line\":[\"seoul.teamlead\"]}", "$.amountWon")]
    public async Task Start_WhenInputIsBad_Is400NamingTheField(string body, string field)
    {
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var response = await clerk.PostAsync("/api/tenants/11000/approvals", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Decision_WhenReturnedWithoutAComment_Is400NamingCommentAndChangesNothing()
    {
        using var clerk = await _app.ClientAsAsync("suwon.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/41110/approvals",
            Draft("doc-" + Guid.NewGuid().ToString("N")[..12], 1000, "suwon.divisionhead")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        using var divisionHead = await _app.ClientAsAsync("suwon.divisionhead");
        var response = await divisionHead.PostAsJsonAsync($"/api/tenants/41110/approvals/{instanceId}/decisions", Decide("Return", started));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "comment");
        var after = await divisionHead.GetFromJsonAsync<JsonElement>($"/api/tenants/41110/approvals/{instanceId}");
        Assert.Equal("suwon.divisionhead", after.GetProperty("progress").GetProperty("assigneeUserId").GetString());
    }

    [Fact]
    public async Task Return_ThenResubmitWithALargerAmount_RunsTheLineAgainFromTheFirstStepUnderTheNew전결()
    {
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/11000/approvals",
            Draft("doc-" + Guid.NewGuid().ToString("N")[..12], 5_000_000, "seoul.teamlead", "seoul.divisionhead", "seoul.director")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        using var teamLead = await _app.ClientAsAsync("seoul.teamlead");
        var returned = await BodyAsync(await teamLead.PostAsJsonAsync($"/api/tenants/11000/approvals/{instanceId}/decisions", Decide("Return", started, "견적서를 첨부하세요.")));
        Assert.Equal("seoul.clerk", returned.GetProperty("progress").GetProperty("assigneeUserId").GetString());
        Assert.Single(returned.GetProperty("signatures").EnumerateArray(), s => s.GetProperty("userId").GetString() == "seoul.teamlead");

        // Only the drafter may resubmit.
        await ProblemAssert.IsProblemAsync(await teamLead.PostAsJsonAsync($"/api/tenants/11000/approvals/{instanceId}/resubmit",
            new { title = "사무용품 구입 계획(보완)", amountWon = 50_000_000 }), HttpStatusCode.Forbidden);

        var resubmitted = await BodyAsync(await clerk.PostAsJsonAsync($"/api/tenants/11000/approvals/{instanceId}/resubmit",
            new { title = "사무용품 구입 계획(보완)", amountWon = 50_000_000, comment = "견적서 첨부" }));
        Assert.Equal(2, resubmitted.GetProperty("progress").GetProperty("round").GetInt32());
        Assert.Equal("seoul.teamlead", resubmitted.GetProperty("progress").GetProperty("assigneeUserId").GetString());
        Assert.Equal(50_000_000, resubmitted.GetProperty("document").GetProperty("amountWon").GetInt64());
        // 50,000,000원 needs a 국장: the final step is now the director's (index 2).
        Assert.Equal(2, resubmitted.GetProperty("route").GetProperty("finalStep").GetInt32());
    }

    [Fact]
    public async Task Withdraw_WhenTheDrafterTakesItBack_EndsTheLineAndOthersCannot()
    {
        using var clerk = await _app.ClientAsAsync("suwon.clerk");
        var started = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/41110/approvals",
            Draft("doc-" + Guid.NewGuid().ToString("N")[..12], 1000, "suwon.teamlead", "suwon.divisionhead")));
        var instanceId = started.GetProperty("instanceId").GetString()!;
        using var teamLead = await _app.ClientAsAsync("suwon.teamlead");
        await ProblemAssert.IsProblemAsync(await teamLead.PostAsJsonAsync($"/api/tenants/41110/approvals/{instanceId}/withdraw", new { }), HttpStatusCode.Forbidden);

        var withdrawn = await BodyAsync(await clerk.PostAsJsonAsync($"/api/tenants/41110/approvals/{instanceId}/withdraw", new { comment = "계획 변경" }));
        Assert.Equal("Completed", withdrawn.GetProperty("status").GetString());
        Assert.Equal("Withdrawn", withdrawn.GetProperty("result").GetProperty("outcome").GetString());
        var inbox = await teamLead.GetFromJsonAsync<JsonElement>("/api/tenants/41110/approvals/inbox");
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == instanceId);
    }
}
