using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 집행 현황 합계: a year's execution summed per 회계, per 통계목 or per department, from the line
/// heads as they stand now (real time: every payment updates its line's head in the batch that
/// posts it). A government has thousands of lines, so the sum reads heads page by page.
/// </summary>
public static class GetExecutionSummaryFunction
{
    public const string Name = "GetExecutionSummary";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/execution/summary"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("회계·통계목·부서별 집행 현황 합계");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string? by, HttpContext context, IDocumentStore store,
        CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        Func<LineLedgerDocument, string>? keyOf = (by ?? "account") switch
        {
            "account" => line => line.FiscalAccountCode,
            "item" => line => line.StatisticalItemCode,
            "department" => line => line.DepartmentCode,
            _ => null,
        };
        if (keyOf is null)
        {
            return ProblemResults.Validation(context, "by", "합계 기준은 account(회계), item(통계목), department(부서) 중 하나입니다.");
        }
        var groups = new SortedDictionary<string, ExecutionTotals>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync<LineLedgerDocument>(TenantId.Parse(tenantId),
                new DocumentQuery { PageSize = DocumentLimits.MaxPageSize, ContinuationToken = continuation }.WhereEqual("fiscalYear", year), cancellationToken);
            foreach (var line in page.Items.Select(d => d.Body))
            {
                var key = keyOf(line);
                groups[key] = (groups.TryGetValue(key, out var totals) ? totals : ExecutionTotals.Empty(key)).Add(line);
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return Results.Ok(new ExecutionSummary(year, by ?? "account", [.. groups.Values]));
    }

    public sealed record ExecutionSummary(int FiscalYear, string By, IReadOnlyList<ExecutionTotals> Groups);
}
