using LoFin.Application.Budget.Formulation;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>Opens the next 추가경정예산: a copy of the latest adopted version to change, submit and adopt. 409 while another version is open.</summary>
public static class CreateSupplementaryBudgetFunction
{
    public const string Name = "CreateSupplementaryBudget";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/versions"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("추가경정예산 편성 시작 (예산부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, HttpContext context, BudgetFormulationService formulation, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "추가경정예산 편성", out problem);
        if (user is null)
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
        {
            var created = await formulation.CreateSupplementaryAsync(TenantId.Parse(tenantId), year, user.UserId, cancellationToken);
            return Results.Created($"/api/tenants/{tenantId}/budget/{year}/versions/{created.Number}", created);
        });
    }
}
