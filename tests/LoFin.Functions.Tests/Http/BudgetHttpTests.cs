using LoFin.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

public sealed class BudgetHttpTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Header = "회계연도,회계,회계명,부서,부서명,분야,부문,정책사업,정책사업명,단위사업,단위사업명,세부사업,세부사업명,통계목,통계목명,국비,시도비,시군구비,기타,합계\r\n";
    private readonly LoFinAppFactory _app = fixture.App;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static IEnumerable<JsonElement> Lines(JsonElement node) =>
        (node.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array ? lines.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Concat(node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array ? children.EnumerateArray().SelectMany(Lines) : []);

    private static IEnumerable<JsonElement> AllLines(JsonElement tree) =>
        tree.GetProperty("accounts").EnumerateArray().SelectMany(a => a.GetProperty("expenditure").EnumerateArray()).SelectMany(Lines);

    [Fact]
    public async Task Tree_WhenAnOfficialReadsTheSeededBudget_ShowsTheAdoptedVersionWithEveryAccount()
    {
        using var client = await _app.ClientAsAsync("suwon.policy");
        var tree = await BodyAsync(await client.GetAsync("/api/tenants/41110/budget/2026/tree?version=1"));

        Assert.Equal("Adopted", tree.GetProperty("version").GetProperty("status").GetString());
        var accounts = tree.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(["100", "201", "202", "301", "401", "402"], accounts.Select(a => a.GetProperty("code").GetString()!).ToArray());
        Assert.All(accounts, a => Assert.Equal(a.GetProperty("expenditureWon").GetInt64(), a.GetProperty("revenueWon").GetInt64()));
        Assert.InRange(AllLines(tree).Count(), 300, 800);
        var field = accounts[0].GetProperty("expenditure")[0];
        Assert.Equal("field", field.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Budget_WhenAnotherGovernmentsOfficialAsks_IsForbidden()
    {
        using var client = await _app.ClientAsAsync("suwon.budget");
        foreach (var request in new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/api/tenants/11000/budget/2026/tree"),
            new HttpRequestMessage(HttpMethod.Get, "/api/tenants/11000/budget/2026/expenditure.csv"),
            new HttpRequestMessage(HttpMethod.Post, "/api/tenants/11000/budget/2026/versions"),
            new HttpRequestMessage(HttpMethod.Post, "/api/tenants/11000/budget/2027/expenditure.csv") { Content = Csv(Header) },
        })
        {
            await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Budget_WhenTheRoleDoesNotFit_IsForbiddenWithAProblem()
    {
        using var clerk = await _app.ClientAsAsync("yangpyeong.clerk");
        var problem = await ProblemAssert.IsProblemAsync(await clerk.PostAsync("/api/tenants/41830/budget/2026/versions", null), HttpStatusCode.Forbidden);
        Assert.Contains("BudgetOfficer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var vendor = await _app.ClientAsAsync("yangpyeong.vendor");
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.GetAsync("/api/tenants/41830/budget/2026/tree")).StatusCode);
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tenants/41830/budget/2026")).StatusCode);
    }

    [Fact]
    public async Task Budget_WhenYearOrVersionIsMalformed_NamesTheField()
    {
        using var client = await _app.ClientAsAsync("yangpyeong.budget");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/41830/budget/26/tree"), HttpStatusCode.BadRequest, "fiscalYear");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/41830/budget/2026/tree?version=x"), HttpStatusCode.BadRequest, "version");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/41830/budget/2031/tree"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExportCsv_WhenDownloaded_IsUtf8WithBomAndAKoreanHeader()
    {
        using var client = await _app.ClientAsAsync("yangpyeong.budget");
        var response = await client.GetAsync("/api/tenants/41830/budget/2026/expenditure.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(Header, Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        var revenue = await client.GetAsync("/api/tenants/41830/budget/2026/revenue.csv");
        Assert.StartsWith("회계연도,회계,장,세입과목,과목명,금액", Encoding.UTF8.GetString((await revenue.Content.ReadAsByteArrayAsync())[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCsv_WhenMalformed_AnswersEveryErrorWithLineAndColumnAndStoresNothing()
    {
        using var client = await _app.ClientAsAsync("yangpyeong.budget");
        var csv = Header + "2028,100,일반회계,4170070,복지정책과,080,081,P-001,기초생활보장,U-0001,생계급여,D-0001,생계급여,301-01,,1000,0,abc,0,\r\n"
            + "2028,100,일반회계,4170070,복지정책과,080,081,P-001,기초생활보장,U-0001,생계급여,D-0001,생계급여,3010,,1000,0,0,0,\r\n";

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/tenants/41830/budget/2028/expenditure.csv", Csv(csv)), HttpStatusCode.BadRequest, "시군구비");
        var lines = problem.GetProperty("lines").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToArray();
        Assert.Equal([(2, "시군구비"), (3, "통계목")], lines);
        Assert.True(problem.GetProperty("errors").TryGetProperty("통계목", out _));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/tenants/41830/budget/2028"), HttpStatusCode.NotFound);

        var wrongType = await client.PostAsync("/api/tenants/41830/budget/2028/expenditure.csv", new StringContent(csv, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Formulation_FromImportToAdoption_KeepsReasonsRefusesStaleETagsAndAdoptsOnce()
    {
        using var budgetOfficer = await _app.ClientAsAsync("yangpyeong.budget");
        var csv = Header
            + "2027,100,일반회계,4170070,복지정책과,080,081,P-001,기초생활보장,U-0001,생계급여,D-0001,생계급여,301-01,,600000000,0,400000000,0,1000000000\r\n"
            + "2027,100,일반회계,4170070,복지정책과,080,081,P-001,기초생활보장,U-0001,생계급여,D-0001,생계급여,201-01,,0,0,5000000,0,5000000\r\n";
        var imported = await BodyAsync(await budgetOfficer.PostAsync("/api/tenants/41830/budget/2027/expenditure.csv", Csv(csv)));
        Assert.Equal((1, 2), (imported.GetProperty("versionNumber").GetInt32(), imported.GetProperty("lineCount").GetInt32()));

        using var clerk = await _app.ClientAsAsync("yangpyeong.clerk");
        var requested = await BodyAsync(await clerk.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/requests",
            new { lineKey = "2027/100/4170070/D-0001/201-01", municipalWon = 7_000_000 }));
        Assert.Equal(7_000_000, requested.GetProperty("amountWon").GetInt64());
        var etag = requested.GetProperty("eTag").GetString();

        var adjust = new { lineKey = "2027/100/4170070/D-0001/201-01", municipalWon = 6_000_000, reason = "전년도 집행률 반영", etag };
        var adjusted = await BodyAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adjustments", adjust));
        Assert.Equal(("전년도 집행률 반영", 6_000_000L), (adjusted.GetProperty("adjustmentReason").GetString(), adjusted.GetProperty("amountWon").GetInt64()));
        await ProblemAssert.IsProblemAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adjustments", adjust), HttpStatusCode.PreconditionFailed);
        await ProblemAssert.IsProblemAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adjustments",
            new { lineKey = "2027/100/4170070/D-0001/201-01", municipalWon = 1_000, etag = adjusted.GetProperty("eTag").GetString() }), HttpStatusCode.BadRequest, "reason");
        await ProblemAssert.IsProblemAsync(await clerk.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adjustments", adjust), HttpStatusCode.Forbidden);

        await ProblemAssert.IsProblemAsync(await budgetOfficer.PostAsync("/api/tenants/41830/budget/2027/versions/1/adopt", null), HttpStatusCode.Conflict);
        Assert.Equal("Submitted", (await BodyAsync(await budgetOfficer.PostAsync("/api/tenants/41830/budget/2027/versions/1/submit", null))).GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(await clerk.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/requests",
            new { lineKey = "2027/100/4170070/D-0001/201-01", municipalWon = 1 }), HttpStatusCode.Conflict);
        var adopted = await BodyAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adopt", new { councilResolution = "제300회 정례회" }));
        var again = await BodyAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2027/versions/1/adopt", new { councilResolution = "제300회 정례회" }));
        Assert.Equal(("Adopted", 1_006_000_000L), (adopted.GetProperty("status").GetString(), adopted.GetProperty("expenditureTotalWon").GetInt64()));
        Assert.Equal(adopted.GetProperty("adoptedAt").GetDateTimeOffset(), again.GetProperty("adoptedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Request_WhenTheLineIsAnotherDepartments_IsForbidden()
    {
        using var clerk = await _app.ClientAsAsync("seoul.clerk");
        using var reader = await _app.ClientAsAsync("seoul.budget");
        var tree = await BodyAsync(await reader.GetAsync("/api/tenants/11000/budget/2026/tree?version=1"));
        var departments = (await BodyAsync(await reader.GetAsync("/api/tenants/11000/budget/2026"))).GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("name").GetString());
        var otherLine = AllLines(tree).First(l => departments[l.GetProperty("department").GetString()!] != "복지정책과").GetProperty("lineKey").GetString();
        var response = await clerk.PostAsJsonAsync("/api/tenants/11000/budget/2026/versions/1/requests", new { lineKey = otherLine, municipalWon = 1 });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Supplementary_WhenCreatedAndChanged_DiffsAgainstTheAdoptedBudget()
    {
        using var client = await _app.ClientAsAsync("seoul.budget");
        var created = await client.PostAsync("/api/tenants/11000/budget/2026/versions", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var version = await BodyAsync(created);
        Assert.Equal((2, "Supplementary"), (version.GetProperty("number").GetInt32(), version.GetProperty("kind").GetString()));
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/tenants/11000/budget/2026/versions", null), HttpStatusCode.Conflict);

        var line = AllLines(await BodyAsync(await client.GetAsync("/api/tenants/11000/budget/2026/tree?version=2"))).First();
        var final = line.GetProperty("final");
        await BodyAsync(await client.PostAsJsonAsync("/api/tenants/11000/budget/2026/versions/2/adjustments", new
        {
            lineKey = line.GetProperty("lineKey").GetString(),
            nationalWon = final.GetProperty("nationalWon").GetInt64(),
            provincialWon = final.GetProperty("provincialWon").GetInt64() + 1_000_000,
            reason = "추경 증액",
            etag = line.GetProperty("eTag").GetString(),
        }));

        var diff = await BodyAsync(await client.GetAsync("/api/tenants/11000/budget/2026/versions/2/diff"));
        var changed = Assert.Single(diff.GetProperty("lines").EnumerateArray());
        Assert.Equal((line.GetProperty("lineKey").GetString(), 1_000_000L, "Increased"),
            (changed.GetProperty("lineKey").GetString(), changed.GetProperty("deltaWon").GetInt64(), changed.GetProperty("change").GetString()));
        Assert.Equal(1_000_000, diff.GetProperty("deltaWon").GetInt64());
    }

    [Fact]
    public async Task Transfer_WhenTheApprovalLineApproves_IsMarkedApproved()
    {
        using var reader = await _app.ClientAsAsync("suwon.budget");
        var lines = AllLines(await BodyAsync(await reader.GetAsync("/api/tenants/41110/budget/2026/tree?version=1")))
            .Where(l => l.GetProperty("account").GetString() == "100").Take(2).Select(l => l.GetProperty("lineKey").GetString()).ToList();
        var transferId = "tr-" + Guid.NewGuid().ToString("N")[..10];
        using var clerk = await _app.ClientAsAsync("suwon.clerk");
        var body = new { transferId, fromLineKey = lines[0], toLineKey = lines[1], amountWon = 1_000_000, reason = "집행잔액 활용", line = new[] { "suwon.teamlead", "suwon.divisionhead" } };

        var first = await clerk.PostAsJsonAsync("/api/tenants/41110/budget/2026/transfers", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync("/api/tenants/41110/budget/2026/transfers", body)).StatusCode);
        var approvalId = (await BodyAsync(first)).GetProperty("approvalInstanceId").GetString();

        foreach (var approver in new[] { "suwon.teamlead", "suwon.divisionhead" })
        {
            using var client = await _app.ClientAsAsync(approver);
            var approval = await BodyAsync(await client.GetAsync($"/api/tenants/41110/approvals/{approvalId}"));
            var progress = approval.GetProperty("progress");
            await BodyAsync(await client.PostAsJsonAsync($"/api/tenants/41110/approvals/{approvalId}/decisions",
                new { decision = "Approve", round = progress.GetProperty("round").GetInt32(), step = progress.GetProperty("step").GetInt32() }));
        }

        await Eventually.HoldsAsync(async () =>
            (await BodyAsync(await clerk.GetAsync($"/api/tenants/41110/budget/2026/transfers/{transferId}"))).GetProperty("status").GetString() == "Approved",
            "the 전용 is approved");
    }

    [Fact]
    public async Task Transfer_WhenLinesAreMalformedOrTheRoleIsWrong_IsRefused()
    {
        using var clerk = await _app.ClientAsAsync("yangpyeong.clerk");
        await ProblemAssert.IsProblemAsync(await clerk.PostAsJsonAsync("/api/tenants/41830/budget/2026/transfers",
            new { transferId = "t1", fromLineKey = "2026/100", toLineKey = "2026/100/4170010/D-0001/201-01", amountWon = 1, reason = "r", line = new[] { "yangpyeong.teamlead" } }),
            HttpStatusCode.BadRequest, "fromLineKey");
        using var budgetOfficer = await _app.ClientAsAsync("yangpyeong.budget");
        await ProblemAssert.IsProblemAsync(await budgetOfficer.PostAsJsonAsync("/api/tenants/41830/budget/2026/transfers", new { transferId = "t1" }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await clerk.GetAsync("/api/tenants/41830/budget/2026/transfers/none"), HttpStatusCode.NotFound);
    }
}
