using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Workflows;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>회수: the drafter takes a document back while its line runs. Only the drafter may.</summary>
public static class WithdrawApprovalFunction
{
    public const string Name = "WithdrawApproval";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/approvals/{instanceId}/withdraw", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("회수: 기안자가 결재 중인 문서를 회수");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, WithdrawRequest? request, HttpContext context,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (request?.Comment is { Length: > 1000 })
        {
            return ProblemResults.Validation(context, "comment", "의견은 1000자 이내입니다.");
        }
        return await ApprovalEvents.RaiseAsync(context, TenantId.Parse(tenantId), instanceId, ApprovalLineEvents.Withdraw,
            new ApprovalWithdrawal(request?.Comment), workflows, cancellationToken);
    }

    public sealed record WithdrawRequest(string? Comment);
}
