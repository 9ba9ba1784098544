using LoFin.Application.Budget.Formulation;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Functions.Queues.Budget;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// 전용 request: a department clerk asks to move budget from one adopted line to another of the same
/// 회계 and sends it along an approval line. The request is stored first under the client's
/// <c>transferId</c>, then the line starts (idempotent on the id), so a retried POST finds both.
/// The line's end comes back on <see cref="CompleteBudgetTransferFunction.QueueName"/>.
/// </summary>
public static class RequestBudgetTransferFunction
{
    public const string Name = "RequestBudgetTransfer";
    public const string DocumentKind = "budget-transfer";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/transfers"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 전용 요청 (결재선 상신)");

    public static string InstanceId(string transferId) => $"approval-{DocumentKind}-{transferId}";

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, TransferBody request, HttpContext context,
        BudgetTransferService transfers, OfficialDirectory officials, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.DepartmentClerk, "예산 전용 요청", out problem);
        if (user is null)
        {
            return problem!;
        }
        if (!BudgetHttp.TryLineKey(context, "fromLineKey", request.FromLineKey, out var from, out problem)
            || !BudgetHttp.TryLineKey(context, "toLineKey", request.ToLineKey, out var to, out problem))
        {
            return problem!;
        }
        if (request.AmountWon is null)
        {
            return ProblemResults.Validation(context, "amountWon", "전용 금액(원)을 입력하세요.");
        }
        var tenant = TenantId.Parse(tenantId);
        var (approvalLine, lineProblem) = await ApprovalLines.ResolveAsync(context, tenant, user.UserId, request.Line, officials, cancellationToken);
        if (approvalLine is null)
        {
            return lineProblem!;
        }
        var transferId = request.TransferId ?? "";
        return await BudgetHttp.RunAsync(context, async () =>
        {
            var instanceId = InstanceId(transferId);
            var (transfer, created) = await transfers.RequestAsync(tenant, year,
                new TransferRequest(transferId, from, to, request.AmountWon.Value, request.Reason ?? ""), user.UserId, instanceId, cancellationToken);
            var input = new ApprovalLineInput(new ApprovalDocument(DocumentKind, transferId, $"예산 전용: {transfer.FromLineKey} → {transfer.ToLineKey}", transfer.AmountWon),
                approvalLine.Drafter, approvalLine.Members);
            var started = await workflows.StartAsync(tenant, ApprovalLineWorkflow.WorkflowName, input, instanceId, WorkflowCause.User(user.UserId),
                new WorkflowStartOptions { CompletionQueue = CompleteBudgetTransferFunction.QueueName, CorrelationId = transferId }, cancellationToken);
            switch (started.Outcome)
            {
                case WorkflowStartOutcome.Refused:
                    // The line could not start (no one to sign at this amount): the request ends here, withdrawn.
                    await transfers.CompleteAsync(tenant, transferId, TransferDecision.Withdrawn, null, cancellationToken);
                    return ProblemResults.Result(context, 422, "결재선을 시작할 수 없습니다.", started.Reason);
                case WorkflowStartOutcome.Conflict:
                    return ProblemResults.Result(context, 409, "같은 전용 ID의 다른 결재가 이미 있습니다.", "다른 전용 ID로 요청하세요.");
                default:
                    return created
                        ? Results.Created($"/api/tenants/{tenantId}/budget/{year}/transfers/{transferId}", transfer)
                        : Results.Ok(transfer);
            }
        });
    }

    public sealed record TransferBody(string? TransferId, string? FromLineKey, string? ToLineKey, long? AmountWon, string? Reason, IReadOnlyList<string?>? Line);
}
