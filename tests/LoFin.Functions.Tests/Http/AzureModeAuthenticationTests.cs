using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

/// <summary>Azure mode against a real OIDC issuer: tokens validated with the issuer's published keys.</summary>
public sealed class AzureModeAuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string Audience = "api://lofin";
    private OidcIssuer _issuer = null!;
    private LoFinAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _issuer = await OidcIssuer.StartAsync();
        _app = new LoFinAppFactory(settings: new Dictionary<string, string?>
        {
            ["LOFIN_MODE"] = "Azure",
            ["LoFin:Oidc:Authority"] = _issuer.Authority,
            ["LoFin:Oidc:Audience"] = Audience,
            ["LoFin:Oidc:RequireHttpsMetadata"] = "false",
        });
    }

    private HttpClient Client(string token)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Me_WhenTokenFromTheIssuer_MapsObjectIdRolesAndTenant()
    {
        using var client = Client(_issuer.Token(Audience, "9f0c1c9e-1111-2222-3333-444455556666", "박운영", "41110", "Operator"));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("9f0c1c9e-1111-2222-3333-444455556666", me.GetProperty("userId").GetString());
        Assert.Equal("41110", me.GetProperty("tenantId").GetString());
        Assert.Equal("경기도 수원시", me.GetProperty("tenantName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tenants/41110/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/tenants/11000/dead-letters")).StatusCode);
    }

    [Fact]
    public async Task Me_WhenTokenIsForAnotherAudience_Is401()
    {
        using var client = Client(_issuer.Token("api://someone-else", "oid-1", "x", "41110", "Operator"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Me_WhenTokenNamesNoLocalGovernment_Is401()
    {
        using var client = Client(_issuer.Token(Audience, "oid-2", "x", tenant: null, "Operator"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Me_WhenTokenSignedByAnotherKey_Is401()
    {
        await using var impostor = await OidcIssuer.StartAsync();
        // Same issuer name as the real one would be a stronger forgery; the key is what must not match.
        using var client = Client(impostor.Token(Audience, "oid-3", "x", "41110", "Operator"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    public void Dispose()
    {
        _app.Dispose();
        _app.DeleteData();
    }
}
