using LoFin.Application.Documents;
using LoFin.Application.Execution.Allotments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>배정 내역: a year's allotments, optionally of one line, newest first.</summary>
public static class ListAllotmentsFunction
{
    public const string Name = "ListAllotments";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/allotments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산배정 내역");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? lineKey, int? pageSize, string? continuationToken,
        HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear ?? "", out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { OrderBy = "allottedAt", Descending = true, PageSize = size, ContinuationToken = continuationToken }
            .WhereEqual("fiscalYear", year);
        if (lineKey is not null)
        {
            if (!BudgetHttp.TryLineKey(context, "lineKey", lineKey, out var line, out problem))
            {
                return problem!;
            }
            query = query.WhereEqual("lineKey", line.ToString());
        }
        return await ExecutionLists.PageAsync<AllotmentDocument, AllotmentDocument>(context, store, TenantId.Parse(tenantId), query, a => a, cancellationToken);
    }
}
