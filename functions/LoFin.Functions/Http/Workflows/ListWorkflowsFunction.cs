using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>Operators: a government's workflow instances, newest first, filtered by status, type and start date.</summary>
public static class ListWorkflowsFunction
{
    public const string Name = "ListWorkflows";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenants/{tenantId}/workflows", HandleAsync).WithName(Name).RequireAuthorization(Policies.Operator)
            .WithSummary("워크플로 인스턴스 목록");

    private static async Task<IResult> HandleAsync(string tenantId, HttpContext context, WorkflowClient workflows,
        string? status, string? type, DateTimeOffset? createdFrom, DateTimeOffset? createdTo, int? pageSize, string? continuationToken,
        CancellationToken cancellationToken)
    {
        WorkflowStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return ProblemResults.Validation(context, "status", $"상태는 {string.Join(", ", Enum.GetNames<WorkflowStatus>())} 중 하나입니다.");
            }
            statusFilter = parsed;
        }
        if (!PageSize.TryRead(context, pageSize, out var size, out var pageSizeProblem))
        {
            return pageSizeProblem!;
        }
        if (type is { Length: > 100 })
        {
            return ProblemResults.Validation(context, "type", "유형은 100자 이하입니다.");
        }
        if (createdFrom is not null && createdTo is not null && createdFrom > createdTo)
        {
            return ProblemResults.Validation(context, "createdTo", "종료일이 시작일보다 빠릅니다.");
        }
        WorkflowInstancePage page;
        try
        {
            page = await workflows.ListAsync(TenantId.Parse(tenantId), new WorkflowInstanceFilter
            {
                Status = statusFilter,
                WorkflowType = string.IsNullOrWhiteSpace(type) ? null : type.Trim(),
                CreatedFrom = createdFrom,
                // The portal sends the inclusive end of a day; the filter's upper bound is exclusive.
                CreatedTo = createdTo?.AddTicks(1),
                PageSize = size,
                ContinuationToken = continuationToken,
            }, cancellationToken);
        }
        catch (ArgumentException)
        {
            return ProblemResults.Validation(context, "continuationToken", "이어보기 토큰이 올바르지 않습니다.");
        }
        return Results.Ok(new WorkflowList([.. page.Items.Select(WorkflowSummary.From)], page.ContinuationToken));
    }
}
