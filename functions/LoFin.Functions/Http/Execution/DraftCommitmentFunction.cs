using LoFin.Application.Execution;
using LoFin.Application.Execution.Commitments;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Middleware;
using LoFin.Functions.Problems;
using LoFin.Functions.Queues.Execution;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 지출원인행위 기안: a department clerk drafts a commitment (contract, order) on a line; its amount
/// is reserved against the allotment at once (pending) and the draft goes along an approval line
/// that the 재무관 heads (the first official named must hold the FinanceOfficer role, ADR 0016).
/// Approval posts it, rejection or withdrawal voids it. Takes <c>Idempotency-Key</c>; the
/// commitment's id is made from it, so a retry after a crash reserves nothing twice.
/// </summary>
public static class DraftCommitmentFunction
{
    public const string Name = "DraftCommitment";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(ExecutionHttp.Route("/commitments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .RequireIdempotencyKey().WithSummary("지출원인행위 기안 (배정액에서 가예약 후 결재선 상신)");

    private static async Task<IResult> HandleAsync(string tenantId, CommitmentBody request, HttpContext context, CommitmentService commitments,
        OfficialDirectory officials, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var user = BudgetHttp.RequireRole(context, Roles.DepartmentClerk, "지출원인행위 기안", out var problem);
        if (user is null)
        {
            return problem!;
        }
        if (!BudgetHttp.TryLineKey(context, "lineKey", request.LineKey, out var line, out problem)
            || !ExecutionHttp.TryText(context, "title", request.Title, ExecutionHttp.MaxTitleLength, "건명", out var title, out problem)
            || !ExecutionHttp.TryText(context, "counterparty", request.Counterparty, ExecutionHttp.MaxCounterpartyLength, "계약 상대방", out var counterparty, out problem)
            || !ExecutionHttp.TryAmount(context, request.AmountWon, out var amount, out problem))
        {
            return problem!;
        }
        var tenant = TenantId.Parse(tenantId);
        var (approvalLine, lineProblem) = await ApprovalLines.ResolveAsync(context, tenant, user.UserId, request.Line, officials, cancellationToken);
        if (approvalLine is null)
        {
            return lineProblem!;
        }
        if (!approvalLine.Accounts[0].Roles.Contains(Roles.FinanceOfficer))
        {
            return ProblemResults.Validation(context, "line[0]", "지출원인행위는 재무관이 결재합니다. 결재선의 첫 번째에 재무관(FinanceOfficer)을 지정하세요.");
        }
        var commitmentId = ClientIds.FromKey("cmt", user.UserId, context.Request.Headers[IdempotencyKey.HeaderName]!);
        var instanceId = ApprovalNotice.InstanceId(CompleteCommitmentFunction.DocumentKind, commitmentId);
        var outcome = await commitments.DraftAsync(tenant, new CommitmentDraft(commitmentId, line, title, counterparty, amount, instanceId), user.UserId, cancellationToken);
        if (outcome.Document is not { } commitment)
        {
            return outcome.Refusal is { } refusal ? ExecutionHttp.Refused(context, refusal) : ExecutionHttp.NoBudget(context, outcome.MissingLine!);
        }
        var lineRefused = await ExecutionHttp.StartLineAsync(context, tenant, user, approvalLine,
            new ApprovalDocument(CompleteCommitmentFunction.DocumentKind, commitmentId, $"지출원인행위: {title}", amount), instanceId,
            CompleteCommitmentFunction.QueueName, workflows,
            () => commitments.CompleteAsync(tenant, commitmentId, ApprovalVerdict.Withdrawn, user.UserId, cancellationToken), cancellationToken);
        return lineRefused ?? Results.Created($"/api/tenants/{tenantId}/commitments/{commitmentId}", commitment);
    }

    public sealed record CommitmentBody(string? LineKey, string? Title, string? Counterparty, long? AmountWon, IReadOnlyList<string?>? Line);
}
