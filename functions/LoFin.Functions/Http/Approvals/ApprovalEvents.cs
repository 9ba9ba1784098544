using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Workflows;
using LoFin.Functions.Problems;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// Raises an approval-line event as the signed-in official and answers with the line as it now
/// stands. The <c>Idempotency-Key</c> header is the event id, so a retried request changes nothing twice.
/// The workflow decides who may do what (the drafter alone resubmits or withdraws; only the
/// step's assignee decides); a refusal is 403 with its reason, a late event 409.
/// </summary>
public static class ApprovalEvents
{
    public static async Task<IResult> RaiseAsync(HttpContext context, TenantId tenant, string instanceId, string eventName, object payload,
        WorkflowClient workflows, CancellationToken cancellationToken)
    {
        if (!IdempotencyKey.TryRead(context, out var key, out var keyProblem))
        {
            return keyProblem!;
        }
        var (_, problem) = await ApprovalLookup.FindVisibleAsync(context, tenant, instanceId, workflows, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var user = CurrentUser.From(context.User)!;
        var result = await workflows.RaiseEventAsync(tenant, instanceId, eventName, payload,
            key ?? Guid.CreateVersion7().ToString("N"), WorkflowCause.User(user.UserId), cancellationToken);
        return result.Outcome switch
        {
            null => WorkflowResults.NotFound(context, instanceId),
            DecisionOutcome.Applied => Results.Ok(ApprovalView.From((await workflows.GetAsync(tenant, instanceId, includeHistory: false, cancellationToken))!)),
            DecisionOutcome.Ignored => ProblemResults.Result(context, 409, "지금은 처리할 수 없는 요청입니다.", result.Reason),
            _ => ProblemResults.Result(context, 403, "이 결재 문서에 대해 할 수 없는 작업입니다.", result.Reason),
        };
    }
}
