using LoFin.Application.Documents;
using LoFin.Application.Execution;
using LoFin.Application.Payments;
using LoFin.Application.Security;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Middleware;
using LoFin.Functions.Problems;
using LoFin.Functions.Queues.Execution;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 지급명령 발행: the 지출원 orders payment of approved 지출결의 from one 회계's account and sends the
/// order along an approval line; the line's approval sends it to the 금고, a rejection cancels it.
/// The 지출원 may never be the 출납원 (지방회계법): an official holding both roles is refused. Takes
/// <c>Idempotency-Key</c>; the order's id (also the bank's batch id) is made from it.
/// </summary>
public static class IssuePaymentOrderFunction
{
    public const string Name = "IssuePaymentOrder";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(ExecutionHttp.Route("/payment-orders"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .RequireIdempotencyKey().WithSummary("지급명령 발행 (결재 후 금고로 이체)");

    private static async Task<IResult> HandleAsync(string tenantId, PaymentOrderBody request, HttpContext context, PaymentOrderService orders,
        IDocumentStore store, OfficialDirectory officials, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var user = BudgetHttp.RequireRole(context, Roles.DisbursingOfficer, "지급명령", out var problem);
        if (user is null)
        {
            return problem!;
        }
        if (user.IsInRole(Roles.Cashier))
        {
            return ProblemResults.Result(context, 403, "지출원과 출납원은 같은 사람일 수 없습니다.",
                "출납원 역할이 있는 계정은 지급명령을 할 수 없습니다 (지방회계법: 지출원과 출납원의 분리).");
        }
        if (!BudgetHttp.TryYear(context, request.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", out var year, out problem))
        {
            return problem!;
        }
        if (!FiscalAccount.TryParse(request.FiscalAccount, out var account, out var accountProblem))
        {
            return ProblemResults.Validation(context, "fiscalAccount", accountProblem);
        }
        if (request.ResolutionIds is not { Count: >= 1 and <= PaymentOrderService.MaxPaymentsPerOrder } ids
            || ids.Any(id => !OperationId.TryParse(id, out _)) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return ProblemResults.Validation(context, "resolutionIds", $"서로 다른 지출결의 1~{PaymentOrderService.MaxPaymentsPerOrder:N0}건을 고르세요.");
        }
        var tenant = TenantId.Parse(tenantId);
        var (approvalLine, lineProblem) = await ApprovalLines.ResolveAsync(context, tenant, user.UserId, request.Line, officials, cancellationToken);
        if (approvalLine is null)
        {
            return lineProblem!;
        }
        var orderKey = ClientIds.FromKey("K", user.UserId, context.Request.Headers[IdempotencyKey.HeaderName]!);
        var orderId = PaymentOrderService.OrderIdFor(tenant, orderKey);
        // The line starts first, so a line that cannot carry the amount (nobody of the 전결 rank) leaves no order
        // holding its resolutions; 전결 needs the amount now, before payments are prepared: the sum of what is payable.
        var payableWon = await PayableTotalAsync(store, tenant, ids!, cancellationToken);
        var instanceId = ApprovalNotice.InstanceId(CompletePaymentOrderFunction.DocumentKind, orderId);
        var lineRefused = await ExecutionHttp.StartLineAsync(context, tenant, user, approvalLine,
            new ApprovalDocument(CompletePaymentOrderFunction.DocumentKind, orderId, $"지급명령 {account} {ids!.Count:N0}건", payableWon), instanceId,
            CompletePaymentOrderFunction.QueueName, workflows, () => Task.CompletedTask, cancellationToken);
        if (lineRefused is not null)
        {
            return lineRefused;
        }
        var issued = await orders.IssueAsync(tenant, orderKey, year, account, [.. ids!.Select(id => id!)], user.UserId, cancellationToken);
        if (issued.Outcome is PaymentOrderIssueOutcome.Invalid or PaymentOrderIssueOutcome.KeyReused)
        {
            return ProblemResults.Result(context, issued.Outcome == PaymentOrderIssueOutcome.Invalid ? 400 : 409, "지급명령을 발행할 수 없습니다.", issued.Problem);
        }
        return Results.Created($"/api/tenants/{tenantId}/payment-orders/{orderId}", PaymentOrderView.From(issued.Order!) with { TotalWon = payableWon });
    }

    private static async Task<long> PayableTotalAsync(IDocumentStore store, TenantId tenant, IReadOnlyList<string?> resolutionIds, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var id in resolutionIds)
        {
            if (await store.ReadAsync<ExpenditureDocument>(tenant, ExpenditureDocument.IdFor(id!), cancellationToken) is { Body.Status: ExpenditureStatus.Approved } payable)
            {
                total += payable.Body.AmountWon;
            }
        }
        return total;
    }

    public sealed record PaymentOrderBody(int? FiscalYear, string? FiscalAccount, IReadOnlyList<string?>? ResolutionIds, IReadOnlyList<string?>? Line);
}
