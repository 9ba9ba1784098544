using LoFin.Application.Budget.Structure;
using LoFin.Domain.Budget;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// The structure tree of a version (the open draft, else the latest adopted, unless <c>version</c>
/// names one): per 회계 분야 → 부문 → 정책 → 단위 → 세부 → lines, and 장 → 관 → 항 → 목, with amounts.
/// <c>department</c> narrows the lines to one department's.
/// </summary>
public static class GetBudgetTreeFunction
{
    public const string Name = "GetBudgetTree";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/tree"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 구조: 회계 → 분야·부문 → 정책·단위·세부사업 → 통계목, 세입 장·관·항·목");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string? version, string? department, HttpContext context,
        BudgetStructureService structure, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        DepartmentCode? departmentCode = null;
        if (department is not null)
        {
            if (!DepartmentCode.TryParse(department, out var parsed, out var departmentProblem))
            {
                return ProblemResults.Validation(context, "department", departmentProblem);
            }
            departmentCode = parsed;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            Results.Ok(await structure.GetTreeAsync(TenantId.Parse(tenantId), year, number, departmentCode, cancellationToken)));
    }
}
