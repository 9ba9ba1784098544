using LoFin.Application.Documents;
using LoFin.Application.Payments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>지급명령 목록: a year's payment orders, newest first, optionally by status.</summary>
public static class ListPaymentOrdersFunction
{
    public const string Name = "ListPaymentOrders";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/payment-orders"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지급명령 목록");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? status, int? pageSize, string? continuationToken,
        HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear ?? "", out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { OrderBy = "issuedAt", Descending = true, PageSize = size, ContinuationToken = continuationToken }
            .WhereEqual("fiscalYear", year);
        if (status is not null)
        {
            if (!Enum.TryParse<PaymentOrderStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ProblemResults.Validation(context, "status", "상태는 Preparing, Prepared, Approved, Sent, Settled, Cancelled 중 하나입니다.");
            }
            query = query.WhereEqual("status", parsed.ToString());
        }
        return await ExecutionLists.PageAsync<PaymentOrderDocument, PaymentOrderView>(context, store, TenantId.Parse(tenantId), query, PaymentOrderView.From, cancellationToken);
    }
}
