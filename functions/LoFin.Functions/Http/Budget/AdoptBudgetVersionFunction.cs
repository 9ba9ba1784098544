using LoFin.Application.Budget.Formulation;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// 의결: records the council's adoption of a submitted version (the 본예산 or a 추경) and, in the same
/// batch, tells execution (<c>budget.version-adopted</c>). A retry answers the adopted version and
/// sends nothing again.
/// </summary>
public static class AdoptBudgetVersionFunction
{
    public const string Name = "AdoptBudgetVersion";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/versions/{version}/adopt"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 의결 확정 (예산부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string version, AdoptBody? request, HttpContext context,
        BudgetFormulationService formulation, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "예산 의결 확정", out problem);
        if (user is null)
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            Results.Ok(await formulation.AdoptAsync(TenantId.Parse(tenantId), year, number!.Value, request?.CouncilResolution, user.UserId, cancellationToken)));
    }

    public sealed record AdoptBody(string? CouncilResolution);
}
