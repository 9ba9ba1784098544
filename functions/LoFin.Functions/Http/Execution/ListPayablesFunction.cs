using LoFin.Application.Documents;
using LoFin.Application.Payments;
using LoFin.Domain.Budget;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 지급 대상: approved 지출결의 of one year and 회계 by payment status (default: waiting for a 지급명령),
/// what the 지출원 picks a payment order from.
/// </summary>
public static class ListPayablesFunction
{
    public const string Name = "ListPayables";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/payables"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지급 대상 (승인된 지출결의) 목록");

    private static async Task<IResult> HandleAsync(string tenantId, string? fiscalYear, string? fiscalAccount, string? status, int? pageSize,
        string? continuationToken, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear ?? "", out var year, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var paymentStatus = ExpenditureStatus.Approved;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: false, out paymentStatus) || !Enum.IsDefined(paymentStatus)))
        {
            return ProblemResults.Validation(context, "status", "상태는 Approved(지급 대기), Ordered(지급 중), Paid(지급 완료) 중 하나입니다.");
        }
        var linePrefix = $"{year}/";
        if (fiscalAccount is not null)
        {
            if (!FiscalAccount.TryParse(fiscalAccount, out var account, out var accountProblem))
            {
                return ProblemResults.Validation(context, "fiscalAccount", accountProblem);
            }
            linePrefix += account + "/";
        }
        var query = new DocumentQuery { OrderBy = "approvedAt", PageSize = size, ContinuationToken = continuationToken }
            .WhereEqual("status", paymentStatus.ToString())
            .Where("lineKey", FilterOperator.StartsWith, linePrefix);
        return await ExecutionLists.PageAsync<ExpenditureDocument, PayableView>(context, store, TenantId.Parse(tenantId), query, PayableView.From, cancellationToken);
    }
}
