using System.Net.Http.Json;
using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.Http;

public sealed class AuditTrailTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    private async Task<IReadOnlyList<AuditRecord>> RecordsAsync(TenantId tenant)
    {
        var store = _app.Services.GetRequiredService<IDocumentStore>();
        var page = await store.QueryAsync<AuditRecord>(tenant, new DocumentQuery { PageSize = 1000 });
        return [.. page.Items.Select(d => d.Body)];
    }

    [Fact]
    public async Task StateChangingRequest_WhenRefusedOrAccepted_IsAuditedInTheTenantsChain()
    {
        using var operatorClient = await _app.ClientAsAsync("yangpyeong.operator");
        await operatorClient.PostAsync("/api/tenants/41830/dead-letters/no-such-message/replay", null);

        var records = await RecordsAsync(TenantId.Parse("41830"));
        var record = Assert.Single(records, r => r.Target == "/api/tenants/41830/dead-letters/no-such-message/replay");
        Assert.Equal("yangpyeong.operator", record.Actor);
        Assert.Equal("POST /api/tenants/{tenantId}/dead-letters/{messageId}/replay", record.Action);
        Assert.Equal("404", record.Outcome);
        Assert.Contains("Operator", record.ActorRoles);

        var verification = await _app.Services.GetRequiredService<AuditVerifier>().VerifyAsync(TenantId.Parse("41830"));
        Assert.True(verification.IsIntact, verification.Break?.Problem);
    }

    [Fact]
    public async Task CrossTenantAttempt_WhenRefused_IsAuditedInTheTargetGovernment()
    {
        using var seoul = await _app.ClientAsAsync("seoul.operator");
        await seoul.PostAsync("/api/tenants/41110/dead-letters/x/replay", null);
        var record = Assert.Single(await RecordsAsync(TenantId.Parse("41110")), r => r.Target == "/api/tenants/41110/dead-letters/x/replay");
        Assert.Equal("seoul.operator", record.Actor);
        Assert.Equal("403", record.Outcome);
    }

    [Fact]
    public async Task SignIn_WhenTokenIssued_IsAuditedInTheNationalPartitionWithoutQueryOrBody()
    {
        using var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/dev/token?note=secret", new { user = "suwon.cashier" });
        var records = await RecordsAsync(TenantId.National);
        Assert.Contains(records, r => r.Action == "POST /api/dev/token" && r.Target == "/api/dev/token" && r.Outcome == "200");
        Assert.DoesNotContain(records, r => r.Target.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadRequest_WhenServed_IsNotAudited()
    {
        using var client = await _app.ClientAsAsync("suwon.auditor");
        var before = (await RecordsAsync(TenantId.Parse("41110"))).Count;
        await client.GetAsync("/api/me");
        Assert.Equal(before, (await RecordsAsync(TenantId.Parse("41110"))).Count);
    }
}
