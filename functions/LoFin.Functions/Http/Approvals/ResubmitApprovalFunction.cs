using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// 재상신: after a 반려 (return for revision) the drafter sends the revised document along the
/// line again, from the first step. Title and amount may change, and with the amount the 전결 step.
/// </summary>
public static class ResubmitApprovalFunction
{
    public const string Name = "ResubmitApproval";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/approvals/{instanceId}/resubmit", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("재상신: 반려된 문서를 보완하여 다시 상신");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, ResubmitRequest request, HttpContext context,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            errors["title"] = ["제목을 200자 이내로 입력하세요."];
        }
        if (request.AmountWon is null or < 0)
        {
            errors["amountWon"] = ["금액(원)은 0 이상의 정수입니다."];
        }
        if (request.Comment is { Length: > 1000 })
        {
            errors["comment"] = ["의견은 1000자 이내입니다."];
        }
        if (errors.Count > 0)
        {
            return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", errors);
        }
        var tenant = TenantId.Parse(tenantId);
        var (approval, problem) = await ApprovalLookup.FindVisibleAsync(context, tenant, instanceId, workflows, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        // Kind and id stay the document's own: a revision is the same document.
        var revised = approval!.Document with { Title = request.Title!.Trim(), AmountWon = request.AmountWon!.Value };
        return await ApprovalEvents.RaiseAsync(context, tenant, instanceId, ApprovalLineEvents.Resubmit,
            new ApprovalResubmission(revised, request.Comment), workflows, cancellationToken);
    }

    public sealed record ResubmitRequest(string? Title, long? AmountWon, string? Comment);
}
