using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.Http;

public sealed class EndpointCatalogTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>The only functions anyone may call without a token.</summary>
    private static readonly HashSet<string> PublicFunctions = ["GetHealth", "ListPublicTenants", "ListDevUsers", "IssueDevToken", "ReceiveBankWebhook"];

    private readonly LoFinAppFactory _app = fixture.App;

    private IReadOnlyList<RouteEndpoint> NamedEndpoints()
    {
        _app.CreateClient().Dispose();
        return [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)];
    }

    [Fact]
    public void Endpoints_WhenNotInThePublicList_RequireAuthorization()
    {
        foreach (var endpoint in NamedEndpoints())
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(anonymous == PublicFunctions.Contains(name), $"{name}: anonymous={anonymous}");
            if (!anonymous)
            {
                Assert.NotEmpty(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            }
        }
    }

    [Fact]
    public async Task OpenApi_WhenServed_ListsEveryFunction()
    {
        using var client = _app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");
        var operationIds = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Value.TryGetProperty("operationId", out _))
            .Select(op => op.Value.GetProperty("operationId").GetString())
            .ToHashSet();
        var names = NamedEndpoints().Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name, operationIds));
    }
}
