using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 예산 집행 현황: each line's budget, allotment, commitments, resolutions and payments as the
/// execution ledger holds them now, with its 집행률 (paid ÷ budget), by 회계 or department.
/// </summary>
public static class ListLineExecutionFunction
{
    public const string Name = "ListLineExecution";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/execution"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산과목별 집행 현황 (집행률)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string? fiscalAccount, string? department, int? pageSize,
        string? continuationToken, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { OrderBy = "lineKey", PageSize = size, ContinuationToken = continuationToken }.WhereEqual("fiscalYear", year);
        if (fiscalAccount is not null)
        {
            if (!FiscalAccount.TryParse(fiscalAccount, out var account, out var accountProblem))
            {
                return ProblemResults.Validation(context, "fiscalAccount", accountProblem);
            }
            query = query.WhereEqual("fiscalAccountCode", account.ToString());
        }
        if (department is not null)
        {
            if (!DepartmentCode.TryParse(department, out var code, out var departmentProblem))
            {
                return ProblemResults.Validation(context, "department", departmentProblem);
            }
            query = query.WhereEqual("departmentCode", code.ToString());
        }
        return await ExecutionLists.PageAsync<LineLedgerDocument, LineExecutionView>(context, store, TenantId.Parse(tenantId), query, LineExecutionView.From,
            cancellationToken);
    }
}
