using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

public sealed class IdentityAndTenancyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    [Fact]
    public async Task PublicTenants_WhenAnonymous_ListsThe243GovernmentsAndTheMinistry()
    {
        using var client = _app.CreateClient();
        var tenants = await client.GetFromJsonAsync<JsonElement[]>("/api/public/tenants");
        Assert.Equal(244, tenants!.Length);
        Assert.Equal(17, tenants.Count(t => t.GetProperty("level").GetString() == "광역"));
        Assert.Equal(226, tenants.Count(t => t.GetProperty("level").GetString() == "기초"));
        Assert.Contains(tenants, t => t.GetProperty("tenantId").GetString() == "00000" && t.GetProperty("name").GetString() == "행정안전부");
        Assert.Contains(tenants, t => t.GetProperty("tenantId").GetString() == "41830" && t.GetProperty("name").GetString() == "경기도 양평군");
    }

    [Fact]
    public async Task DevUsers_WhenLocalMode_CoverEveryRoleInAMetropolitanACityAndACounty()
    {
        using var client = _app.CreateClient();
        var users = await client.GetFromJsonAsync<JsonElement[]>("/api/dev/users");
        foreach (var tenant in new[] { "11000", "41110", "41830" })
        {
            var roles = users!.Where(u => u.GetProperty("tenantId").GetString() == tenant)
                .SelectMany(u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!))
                .ToHashSet();
            var expected = LoFin.Application.Security.Roles.KoreanNames.Keys.Where(r => r != "MinistryOfficer");
            Assert.All(expected, role => Assert.Contains(role, roles));
        }
    }

    [Fact]
    public async Task Me_WhenSignedIn_ReturnsUserRolesAndTenantName()
    {
        using var client = await _app.ClientAsAsync("yangpyeong.finance");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("yangpyeong.finance", me.GetProperty("userId").GetString());
        Assert.Equal("41830", me.GetProperty("tenantId").GetString());
        Assert.Equal("경기도 양평군", me.GetProperty("tenantName").GetString());
        Assert.Equal(["FinanceOfficer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["재무관"], me.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Me_WhenNoToken_Is401Problem()
    {
        using var client = _app.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task Me_WhenTokenIsForgedOrMalformed_Is401Problem(string token)
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_WhenTokenSignedByAnotherKey_Is401Problem()
    {
        using var other = new LoFinAppFactory();
        try
        {
            var foreignToken = await other.TokenAsync("seoul.budget");
            using var client = _app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", foreignToken);
            await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        }
        finally
        {
            other.Dispose();
            other.DeleteData();
        }
    }

    [Fact]
    public async Task TenantRoute_WhenUserOfAnotherGovernment_Is403AndOwnGovernmentIs200()
    {
        using var seoulOperator = await _app.ClientAsAsync("seoul.operator");
        await ProblemAssert.IsProblemAsync(await seoulOperator.GetAsync("/api/tenants/41110/dead-letters"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await seoulOperator.GetAsync("/api/tenants/11000/dead-letters")).StatusCode);
    }

    [Fact]
    public async Task TenantRoute_WhenRoleMissing_Is403()
    {
        using var budget = await _app.ClientAsAsync("seoul.budget");
        await ProblemAssert.IsProblemAsync(await budget.GetAsync("/api/tenants/11000/dead-letters"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    [InlineData("1100", HttpStatusCode.BadRequest)]
    [InlineData("99999", HttpStatusCode.NotFound)]
    public async Task TenantRoute_WhenTenantIdBadOrUnknown_Is4xxProblem(string tenantId, HttpStatusCode status)
    {
        using var client = await _app.ClientAsAsync("seoul.operator");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/tenants/{tenantId}/dead-letters"), status,
            status == HttpStatusCode.BadRequest ? "tenantId" : null);
    }

    [Fact]
    public async Task DevToken_WhenUserUnknownOrMissing_Is400NamingUser()
    {
        using var client = _app.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/dev/token", new { user = "nobody" }), HttpStatusCode.BadRequest, "user");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/dev/token", new { }), HttpStatusCode.BadRequest, "user");
    }
}
