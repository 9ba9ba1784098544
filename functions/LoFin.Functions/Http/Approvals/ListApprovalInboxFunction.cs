using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>결재 대기함: the approval lines waiting for the signed-in official's decision.</summary>
public static class ListApprovalInboxFunction
{
    public const string Name = "ListApprovalInbox";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenants/{tenantId}/approvals/inbox", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("결재 대기함");

    private static async Task<IResult> HandleAsync(string tenantId, HttpContext context, WorkflowClient workflows,
        int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        if (!PageSize.TryRead(context, pageSize, out var size, out var pageSizeProblem))
        {
            return pageSizeProblem!;
        }
        var user = CurrentUser.From(context.User)!;
        WorkflowInstancePage page;
        try
        {
            page = await workflows.ListAsync(TenantId.Parse(tenantId), new WorkflowInstanceFilter
            {
                Status = WorkflowStatus.Running,
                WorkflowType = ApprovalLineWorkflow.WorkflowName,
                CustomStatus = new WorkflowCustomStatusFilter("assigneeUserId", user.UserId),
                PageSize = size,
                ContinuationToken = continuationToken,
            }, cancellationToken);
        }
        catch (ArgumentException)
        {
            return ProblemResults.Validation(context, "continuationToken", "이어보기 토큰이 올바르지 않습니다.");
        }
        return Results.Ok(new ApprovalList([.. page.Items.Select(ApprovalView.From)], page.ContinuationToken));
    }
}
