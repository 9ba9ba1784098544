using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.Http;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Restart_WhenSameDataDirectory_NeitherLosesNorDuplicatesSeedData()
    {
        var first = new LoFinAppFactory();
        try
        {
            var token = await first.TokenAsync("suwon.budget");
            first.Dispose();

            using var second = new LoFinAppFactory(first.DataDirectory);
            using var client = second.CreateClient();
            var tenants = await client.GetFromJsonAsync<JsonElement[]>("/api/public/tenants");
            Assert.Equal(244, tenants!.Length);

            var store = second.Services.GetRequiredService<IDocumentStore>();
            var allTenants = await store.QueryAsync<TenantRecord>(TenantId.National, new DocumentQuery { PageSize = 1000 });
            Assert.Equal(244, allTenants.Items.Count);
            var suwonUsers = await store.QueryAsync<UserAccount>(TenantId.Parse("41110"), new DocumentQuery { PageSize = 1000 });
            Assert.Equal(19, suwonUsers.Items.Count);

            // The signing key survives a restart, so a token issued before it still works.
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }
        finally
        {
            first.DeleteData();
        }
    }

    [Fact]
    public void DataDirectory_WhenAlreadyInUse_RefusesToStart()
    {
        using var first = new LoFinAppFactory();
        first.CreateClient().Dispose();
        using var second = new LoFinAppFactory(first.DataDirectory);
        var error = Assert.ThrowsAny<Exception>(() => second.CreateClient());
        Assert.Contains("is already open", error.ToString());
        first.Dispose();
        first.DeleteData();
    }

    [Fact]
    public async Task SignIn_WhenOverTheRateLimit_Is429Problem()
    {
        using var app = new LoFinAppFactory(settings: new Dictionary<string, string?> { ["LoFin:SignInRequestsPerMinute"] = "3" });
        try
        {
            using var client = app.CreateClient();
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/dev/token", new { user = "seoul.budget" })).StatusCode);
            }
            var refused = await client.PostAsJsonAsync("/api/dev/token", new { user = "seoul.budget" });
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.True(refused.Headers.RetryAfter is not null);
        }
        finally
        {
            app.Dispose();
            app.DeleteData();
        }
    }

    [Fact]
    public async Task DevSignIn_WhenAzureMode_IsNotServed()
    {
        using var app = new LoFinAppFactory(settings: new Dictionary<string, string?>
        {
            ["LOFIN_MODE"] = "Azure",
            ["LoFin:Oidc:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
            ["LoFin:Oidc:Audience"] = "api://lofin",
        });
        try
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/dev/users")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/dev/token", new { user = "seoul.budget" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        }
        finally
        {
            app.Dispose();
            app.DeleteData();
        }
    }
}
