using LoFin.Application.Documents;
using LoFin.Application.Execution;
using LoFin.Application.Execution.Commitments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>원인행위 목록: a year's commitments, newest first, optionally by status.</summary>
public static class ListCommitmentsFunction
{
    public const string Name = "ListCommitments";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/commitments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지출원인행위 목록");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? status, int? pageSize, string? continuationToken,
        HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
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
        return await ExecutionLists.PageAsync<CommitmentDocument, CommitmentDocument>(context, store, TenantId.Parse(tenantId), query, c => c, cancellationToken);
    }
}
