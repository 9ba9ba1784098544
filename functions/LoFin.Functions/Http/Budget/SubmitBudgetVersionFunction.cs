using LoFin.Application.Budget.Formulation;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>제출: the drafted version goes to the council; lines are frozen. Submitting a submitted version answers it again.</summary>
public static class SubmitBudgetVersionFunction
{
    public const string Name = "SubmitBudgetVersion";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/versions/{version}/submit"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산안 의회 제출 (예산부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string version, HttpContext context,
        BudgetFormulationService formulation, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "예산안 제출", out problem);
        if (user is null)
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            Results.Ok(await formulation.SubmitAsync(TenantId.Parse(tenantId), year, number!.Value, user.UserId, cancellationToken)));
    }
}
