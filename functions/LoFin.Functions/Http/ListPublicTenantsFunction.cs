using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Http;

/// <summary>The public list of the 243 local governments (and the ministry).</summary>
public static class ListPublicTenantsFunction
{
    public const string Name = "ListPublicTenants";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/public/tenants", Handle).WithName(Name).AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .WithSummary("지방자치단체 목록 (공개)");

    private static IResult Handle(TenantDirectory tenants) =>
        Results.Ok(tenants.All.Select(t => new PublicTenant(t.TenantId.Value, t.Name, LocalGovernment.LevelName(t.Level), t.Kind, t.ParentId?.Value)));

    public sealed record PublicTenant(string TenantId, string Name, string Level, string Kind, string? ParentCode);
}
