using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Application.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http;

/// <summary>Local mode only: the demo users one can sign in as.</summary>
public static class ListDevUsersFunction
{
    public const string Name = "ListDevUsers";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dev/users", HandleAsync).WithName(Name).AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .WithSummary("데모 사용자 목록 (로컬 모드)");

    private static async Task<IResult> HandleAsync(DemoUserIndex index, IDocumentStore store, TenantDirectory tenants, CancellationToken cancellationToken)
    {
        var users = await index.LoadAllAsync(store, cancellationToken);
        return Results.Ok(users
            .OrderBy(u => u.TenantId.Value, StringComparer.Ordinal).ThenBy(u => u.UserId, StringComparer.Ordinal)
            .Select(u => DevUser.From(u, tenants)));
    }

    public sealed record DevUser(string Id, string Name, string TenantId, string TenantName, string Service, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames, string Position)
    {
        public static DevUser From(UserAccount user, TenantDirectory tenants) => new(
            user.UserId, user.Name, user.TenantId.Value,
            tenants.TryGet(user.TenantId, out var tenant) ? tenant.Name : user.TenantId.Value,
            user.Service, user.Roles, [.. user.Roles.Select(LoFin.Application.Security.Roles.KoreanName)], user.Position.ToString());
    }
}
