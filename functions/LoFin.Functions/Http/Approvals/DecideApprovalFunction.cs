using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Workflows;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// 결재: the signed-in official approves, rejects or returns the step assigned to them. The
/// decider is the token's user, never a field of the body; the drafter can never approve
/// their own document. The <c>Idempotency-Key</c> header makes a retried decision harmless.
/// </summary>
public static class DecideApprovalFunction
{
    public const string Name = "DecideApproval";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/approvals/{instanceId}/decisions", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("결재: 승인, 불승인, 반려")
            .WithDescription("round and step are those of progress in the document as the official saw it (step counts from 0); a stale pair is answered 409.");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, DecisionRequest request, HttpContext context,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Decision is null)
        {
            errors["decision"] = ["결정(Approve, Reject, Return)을 선택하세요."];
        }
        if (request.Round is null or < 1)
        {
            errors["round"] = ["상신 차수는 1 이상입니다."];
        }
        if (request.Step is null or < 0)
        {
            errors["step"] = ["결재 단계는 0 이상입니다(첫 단계가 0)."];
        }
        if (request.Decision is ApprovalDecisionKind.Reject or ApprovalDecisionKind.Return && string.IsNullOrWhiteSpace(request.Comment))
        {
            errors["comment"] = ["반려하거나 불승인할 때는 사유를 입력해야 합니다."];
        }
        if (request.Comment is { Length: > 1000 })
        {
            errors["comment"] = ["의견은 1000자 이내입니다."];
        }
        if (errors.Count > 0)
        {
            return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", errors);
        }
        // The workflow itself refuses a decision from the drafter or from anyone but the step's assignee.
        return await ApprovalEvents.RaiseAsync(context, TenantId.Parse(tenantId), instanceId, ApprovalLineEvents.Decision,
            new ApprovalDecision(request.Decision!.Value, request.Round!.Value, request.Step!.Value, request.Comment), workflows, cancellationToken);
    }

    public sealed record DecisionRequest(ApprovalDecisionKind? Decision, int? Round, int? Step, string? Comment);
}
