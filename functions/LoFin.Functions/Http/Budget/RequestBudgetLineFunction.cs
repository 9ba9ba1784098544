using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// 예산요구: a department clerk requests the amount of one line of the open version — an existing
/// line, or a new one with its programme tree. A clerk requests only for their own department.
/// <c>etag</c>, when sent, must be the line's current one (412 otherwise).
/// </summary>
public static class RequestBudgetLineFunction
{
    public const string Name = "RequestBudgetLine";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/versions/{version}/requests"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산요구 (부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string version, RequestBody request, HttpContext context,
        BudgetFormulationService formulation, BudgetStore budgets, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.DepartmentClerk, "예산요구", out problem);
        if (user is null)
        {
            return problem!;
        }
        if (!BudgetHttp.TryLineKey(context, "lineKey", request.LineKey, out var key, out problem))
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        BudgetAmountBody.TryRead(request.NationalWon, request.ProvincialWon, request.MunicipalWon, request.OtherWon, out var amount, errors);
        var program = request.Sector is null ? null : ReadProgram(request, errors);
        if (errors.Count > 0)
        {
            return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", errors);
        }
        var tenant = TenantId.Parse(tenantId);
        return await BudgetHttp.RunAsync(context, async () =>
        {
            if (await OwnDepartmentProblemAsync(context, budgets, tenant, year, user, key, cancellationToken) is { } notOwn)
            {
                return notOwn;
            }
            return Results.Ok(await formulation.RequestAsync(tenant, year, number!.Value, new LineRequest(key, amount, program, request.ETag), user.UserId, cancellationToken));
        });
    }

    /// <summary>A clerk's account names their department; the line's department must be it.</summary>
    private static async Task<IResult?> OwnDepartmentProblemAsync(HttpContext context, BudgetStore budgets, TenantId tenant, int year, CurrentUser user,
        BudgetLineKey key, CancellationToken cancellationToken)
    {
        var account = await budgets.Documents.ReadAsync<UserAccount>(tenant, UserAccount.DocumentId(user.UserId), cancellationToken);
        var budgetYear = await budgets.RequireYearAsync(tenant, year, cancellationToken);
        var lineDepartment = budgetYear.Body.Departments.FirstOrDefault(d => d.Code == key.Department.ToString());
        if (lineDepartment is null || account?.Body.Department != lineDepartment.Name)
        {
            return ProblemResults.Result(context, 403, "다른 부서의 예산입니다.",
                $"소속 부서({account?.Body.Department ?? "없음"})의 예산 과목만 요구할 수 있습니다.");
        }
        return null;
    }

    private static ProgramHierarchy? ReadProgram(RequestBody request, Dictionary<string, string[]> errors)
    {
        FunctionalSector sector = default;
        PolicyProgramId policy = default;
        UnitProgramId unit = default;
        if (!FunctionalSector.TryParse(request.Sector, out sector, out var p1))
        {
            errors["sector"] = [p1];
        }
        if (!PolicyProgramId.TryParse(request.PolicyProgram, out policy, out var p2))
        {
            errors["policyProgram"] = [p2];
        }
        if (!UnitProgramId.TryParse(request.UnitProgram, out unit, out var p3))
        {
            errors["unitProgram"] = [p3];
        }
        foreach (var (field, name, level) in new[] { ("policyProgramName", request.PolicyProgramName, "정책사업명"), ("unitProgramName", request.UnitProgramName, "단위사업명"),
            ("detailedProgramName", request.DetailedProgramName, "세부사업명") })
        {
            if (BudgetStructureRules.CheckName(level, name) is { } nameProblem)
            {
                errors[field] = [nameProblem];
            }
        }
        return errors.Count > 0 ? null
            : new ProgramHierarchy(sector, policy, request.PolicyProgramName!.Trim(), unit, request.UnitProgramName!.Trim(), request.DetailedProgramName!.Trim());
    }

    public sealed record RequestBody(string? LineKey, long? NationalWon, long? ProvincialWon, long? MunicipalWon, long? OtherWon,
        string? Sector, string? PolicyProgram, string? PolicyProgramName, string? UnitProgram, string? UnitProgramName, string? DetailedProgramName, string? ETag);
}
