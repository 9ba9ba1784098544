using LoFin.Application.Budget.Structure;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>A year's budget: 회계, departments, versions (본예산 and 추경) with status and totals.</summary>
public static class GetBudgetYearFunction
{
    public const string Name = "GetBudgetYear";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route(""), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("연도별 예산: 회계, 부서, 예산 차수");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, HttpContext context, BudgetStructureService structure, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () => Results.Ok(await structure.GetYearAsync(TenantId.Parse(tenantId), year, cancellationToken)));
    }
}
