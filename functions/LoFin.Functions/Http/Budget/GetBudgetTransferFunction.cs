using LoFin.Application.Budget.Formulation;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>A 전용 request and where it is (PendingApproval, Approved, Rejected, Withdrawn); its approval line is at /approvals/{approvalInstanceId}.</summary>
public static class GetBudgetTransferFunction
{
    public const string Name = "GetBudgetTransfer";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/transfers/{transferId}"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 전용 조회");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string transferId, HttpContext context,
        BudgetTransferService transfers, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        var transfer = await transfers.GetAsync(TenantId.Parse(tenantId), transferId, cancellationToken);
        return transfer is not null && transfer.FiscalYear == year
            ? Results.Ok(transfer)
            : ProblemResults.Result(context, 404, "전용 요청을 찾을 수 없습니다.", $"'{transferId}' 전용 요청이 {year}년도에 없습니다.");
    }
}
