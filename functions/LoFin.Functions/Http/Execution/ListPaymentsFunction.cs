using LoFin.Application.Documents;
using LoFin.Application.Payments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>지급 현황: a year's transfers by status (e.g. every failed transfer to re-order), across payment orders.</summary>
public static class ListPaymentsFunction
{
    public const string Name = "ListPayments";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/payments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지급(이체) 현황");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? status, int? pageSize, string? continuationToken,
        HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear ?? "", out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { PageSize = size, ContinuationToken = continuationToken }.Where("lineKey", FilterOperator.StartsWith, $"{year}/");
        if (status is not null)
        {
            if (!Enum.TryParse<PaymentStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ProblemResults.Validation(context, "status", "상태는 Ordered, Succeeded, Failed, Cancelled 중 하나입니다.");
            }
            query = query.WhereEqual("status", parsed.ToString());
        }
        return await ExecutionLists.PageAsync<PaymentDocument, PaymentView>(context, store, TenantId.Parse(tenantId), query, PaymentView.From, cancellationToken);
    }
}
