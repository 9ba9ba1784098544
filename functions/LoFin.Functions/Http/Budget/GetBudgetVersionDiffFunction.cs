using LoFin.Application.Budget.Formulation;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>A version against the one before it, line by line (before, after, delta; added and removed lines). <c>all=true</c> lists unchanged lines too.</summary>
public static class GetBudgetVersionDiffFunction
{
    public const string Name = "GetBudgetVersionDiff";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/versions/{version}/diff"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 차수 비교 (기정예산 대비 증감)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string version, bool? all, HttpContext context,
        BudgetFormulationService formulation, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            Results.Ok(await formulation.DiffAsync(TenantId.Parse(tenantId), year, number!.Value, all ?? false, cancellationToken)));
    }
}
