using System.Text.Json;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>
/// Operators: raise an external event on an instance, as the Durable management API does.
/// The <c>Idempotency-Key</c> header is the event id, so a retried request changes nothing twice.
/// </summary>
public static class RaiseWorkflowEventFunction
{
    public const string Name = "RaiseWorkflowEvent";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/workflows/{instanceId}/raiseEvent/{eventName}", HandleAsync).WithName(Name)
            .RequireAuthorization(Policies.Operator).WithSummary("워크플로 이벤트 발생");

    private static async Task<IResult> HandleAsync(string tenantId, string instanceId, string eventName, JsonElement? payload,
        HttpContext context, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!WorkflowIdRules.IsValid(instanceId))
        {
            return ProblemResults.Validation(context, "instanceId", WorkflowIdRules.Message);
        }
        if (eventName.Length is 0 or > 64 || !eventName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return ProblemResults.Validation(context, "eventName", "이벤트 이름은 1~64자의 영문, 숫자, '-', '_', '.' 입니다.");
        }
        if (!IdempotencyKey.TryRead(context, out var eventId, out var problem))
        {
            return problem!;
        }
        var user = CurrentUser.From(context.User)!;
        var result = await workflows.RaiseEventAsync(TenantId.Parse(tenantId), instanceId, eventName, payload,
            eventId ?? Guid.CreateVersion7().ToString("N"), WorkflowCause.User(user.UserId), cancellationToken);
        return WorkflowResults.FromEvent(context, instanceId, result);
    }
}
