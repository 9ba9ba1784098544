using LoFin.Application.Security;
using LoFin.Application.Tenancy;

namespace LoFin.Functions.Http;

/// <summary>Who the bearer token belongs to, and for which local government.</summary>
public static class GetMeFunction
{
    public const string Name = "GetMe";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", Handle).WithName(Name).WithSummary("로그인 사용자 정보");

    private static IResult Handle(HttpContext context, TenantDirectory tenants)
    {
        var user = CurrentUser.From(context.User)!;
        var roles = user.Roles.Order(StringComparer.Ordinal).ToList();
        return Results.Ok(new Me(user.UserId, user.Name, user.TenantId.Value,
            tenants.TryGet(user.TenantId, out var tenant) ? tenant.Name : user.TenantId.Value,
            roles, [.. roles.Select(Roles.KoreanName)]));
    }

    public sealed record Me(string UserId, string Name, string TenantId, string TenantName, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames);
}
