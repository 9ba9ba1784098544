using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Workflows;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>One approval line: the document, the current step and every signature. Only its participants (and auditors) see it.</summary>
public static class GetApprovalFunction
{
    public const string Name = "GetApproval";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenants/{tenantId}/approvals/{instanceId}", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("결재 문서 상세");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, HttpContext context, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var view = await ApprovalLookup.FindVisibleAsync(context, TenantId.Parse(tenantId), instanceId, workflows, cancellationToken);
        return view.Problem ?? Results.Ok(view.Approval);
    }
}

/// <summary>Finds an approval line the signed-in official may see; anything else is 404, so ids of others' documents reveal nothing.</summary>
public static class ApprovalLookup
{
    public static async Task<(ApprovalView? Approval, IResult? Problem)> FindVisibleAsync(HttpContext context, TenantId tenant, string instanceId,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!WorkflowIdRules.IsValid(instanceId))
        {
            return (null, ProblemResults.Validation(context, "instanceId", WorkflowIdRules.Message));
        }
        var view = await workflows.GetAsync(tenant, instanceId, includeHistory: false, cancellationToken);
        if (view is null || view.WorkflowType != ApprovalLineWorkflow.WorkflowName
            || ApprovalView.From(view) is not { } approval || !approval.IsVisibleTo(CurrentUser.From(context.User)!))
        {
            return (null, ProblemResults.Result(context, 404, "결재 문서를 찾을 수 없습니다.", $"'{instanceId}' 결재 문서가 없거나 볼 수 없습니다."));
        }
        return (approval, null);
    }
}
