using LoFin.Application.Security;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using Microsoft.AspNetCore.Authorization;

namespace LoFin.Functions.Middleware;

/// <summary>
/// Every route with <c>{tenantId}</c> is checked here, once, for all endpoints: the code must
/// be well-formed (400) and a known government (404), and a signed-in user may act only in
/// their own government (403). One tenant never reaches another's data through a route.
/// </summary>
public sealed class TenantAccessMiddleware(RequestDelegate next, TenantDirectory tenants)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetRouteValue("tenantId") is not string routeTenant)
        {
            await next(context);
            return;
        }
        if (!TenantId.TryParse(routeTenant, out var tenant))
        {
            await ProblemResults.WriteAsync(context, 400, "입력값이 올바르지 않습니다.", "지방자치단체 코드는 5자리 숫자입니다.",
                new Dictionary<string, string[]> { ["tenantId"] = ["지방자치단체 코드는 5자리 숫자입니다."] });
            return;
        }
        if (!tenants.Contains(tenant))
        {
            await ProblemResults.WriteAsync(context, 404, "지방자치단체를 찾을 수 없습니다.", $"'{routeTenant}'은(는) 등록된 지방자치단체가 아닙니다.");
            return;
        }
        var isPublic = context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (!isPublic && CurrentUser.From(context.User) is { } user && user.TenantId != tenant)
        {
            await ProblemResults.WriteAsync(context, 403, "다른 지방자치단체의 자료입니다.", "소속 지방자치단체의 자료만 다룰 수 있습니다.");
            return;
        }
        await next(context);
    }
}
