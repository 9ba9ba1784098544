using LoFin.Application.Documents;
using LoFin.Application.Execution;
using LoFin.Application.Execution.Resolutions;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>지출결의 목록: a year's resolutions, newest first, optionally by status or commitment.</summary>
public static class ListResolutionsFunction
{
    public const string Name = "ListResolutions";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/resolutions"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지출결의 목록");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? status, string? commitmentId, int? pageSize,
        string? continuationToken, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear ?? "", out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { OrderBy = "draftedAt", Descending = true, PageSize = size, ContinuationToken = continuationToken }
            .WhereEqual("fiscalYear", year);
        if (status is not null)
        {
            if (!Enum.TryParse<ExecutionStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ProblemResults.Validation(context, "status", "상태는 Pending, Approved, Rejected, Withdrawn, Refused 중 하나입니다.");
            }
            query = query.WhereEqual("status", parsed.ToString());
        }
        if (commitmentId is not null)
        {
            query = query.WhereEqual("commitmentId", commitmentId);
        }
        return await ExecutionLists.PageAsync<ResolutionDocument, ResolutionView>(context, store, TenantId.Parse(tenantId), query, ResolutionView.From, cancellationToken);
    }
}
