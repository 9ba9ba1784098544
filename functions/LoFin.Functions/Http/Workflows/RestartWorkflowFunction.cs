using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>Operators: run a failed or terminated instance again from its original input, under the same id.</summary>
public static class RestartWorkflowFunction
{
    public const string Name = "RestartWorkflow";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/workflows/{instanceId}/restart", HandleAsync).WithName(Name)
            .RequireAuthorization(Policies.Operator).WithSummary("실패하거나 종료된 워크플로 인스턴스 재시작");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, HttpContext context, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!WorkflowIdRules.IsValid(instanceId))
        {
            return ProblemResults.Validation(context, "instanceId", WorkflowIdRules.Message);
        }
        var user = CurrentUser.From(context.User)!;
        var result = await workflows.RestartAsync(TenantId.Parse(tenantId), instanceId, WorkflowCause.User(user.UserId), cancellationToken);
        return WorkflowResults.FromOperation(context, instanceId, result);
    }
}
