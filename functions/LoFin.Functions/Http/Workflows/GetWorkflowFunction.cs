using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>Operators: one instance with its input, output and the history of every transition and its cause.</summary>
public static class GetWorkflowFunction
{
    public const string Name = "GetWorkflow";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenants/{tenantId}/workflows/{instanceId}", HandleAsync).WithName(Name).RequireAuthorization(Policies.Operator)
            .WithSummary("워크플로 인스턴스 상세와 실행 이력");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, HttpContext context, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!WorkflowIdRules.IsValid(instanceId))
        {
            return ProblemResults.Validation(context, "instanceId", WorkflowIdRules.Message);
        }
        var view = await workflows.GetAsync(TenantId.Parse(tenantId), instanceId, includeHistory: true, cancellationToken);
        return view is null
            ? ProblemResults.Result(context, 404, "워크플로 인스턴스를 찾을 수 없습니다.", $"'{instanceId}' 인스턴스가 없습니다.")
            : Results.Ok(WorkflowDetail.From(view));
    }
}
