using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>Operators: stop an instance for good, with a reason kept in its history and the audit log.</summary>
public static class TerminateWorkflowFunction
{
    public const string Name = "TerminateWorkflow";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/workflows/{instanceId}/terminate", HandleAsync).WithName(Name)
            .RequireAuthorization(Policies.Operator).WithSummary("워크플로 인스턴스 종료");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, TerminateRequest request, HttpContext context,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!WorkflowIdRules.IsValid(instanceId))
        {
            return ProblemResults.Validation(context, "instanceId", WorkflowIdRules.Message);
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return ProblemResults.Validation(context, "reason", "종료 사유를 500자 이내로 입력하세요.");
        }
        var user = CurrentUser.From(context.User)!;
        var result = await workflows.TerminateAsync(TenantId.Parse(tenantId), instanceId, request.Reason.Trim(), WorkflowCause.User(user.UserId), cancellationToken);
        return WorkflowResults.FromOperation(context, instanceId, result);
    }

    public sealed record TerminateRequest(string? Reason);
}
