using LoFin.Application.Execution;
using LoFin.Application.Execution.Resolutions;
using LoFin.Application.Payments;
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
/// 지출결의 기안: against an approved commitment, to a payee whose account the bank confirms now
/// (예금주 조회; a name mismatch blocks it with 422), sent along an approval line. Approval records
/// it in the ledger and opens the payable for a 지급명령. Takes <c>Idempotency-Key</c>.
/// </summary>
public static class DraftResolutionFunction
{
    public const string Name = "DraftResolution";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(ExecutionHttp.Route("/resolutions"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .RequireIdempotencyKey().WithSummary("지출결의 기안 (예금주 확인 후 결재선 상신)");

    private static async Task<IResult> HandleAsync(string tenantId, ResolutionBody request, HttpContext context, ResolutionService resolutions,
        OfficialDirectory officials, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var user = BudgetHttp.RequireRole(context, Roles.DepartmentClerk, "지출결의 기안", out var problem);
        if (user is null)
        {
            return problem!;
        }
        if (!ExecutionHttp.TryText(context, "commitmentId", request.CommitmentId, 64, "원인행위 번호", out var commitmentId, out problem)
            || !ExecutionHttp.TryText(context, "title", request.Title, ExecutionHttp.MaxTitleLength, "건명", out var title, out problem)
            || !ExecutionHttp.TryAmount(context, request.AmountWon, out var amount, out problem))
        {
            return problem!;
        }
        if (request.Payee is null)
        {
            return ProblemResults.Validation(context, "payee", "지급받을 계좌(은행코드, 계좌번호, 예금주)를 입력하세요.");
        }
        var tenant = TenantId.Parse(tenantId);
        var (approvalLine, lineProblem) = await ApprovalLines.ResolveAsync(context, tenant, user.UserId, request.Line, officials, cancellationToken);
        if (approvalLine is null)
        {
            return lineProblem!;
        }
        var resolutionId = ClientIds.FromKey("res", user.UserId, context.Request.Headers[IdempotencyKey.HeaderName]!);
        var instanceId = ApprovalNotice.InstanceId(CompleteResolutionFunction.DocumentKind, resolutionId);
        var payee = new Payee(request.Payee.BankCode ?? "", request.Payee.AccountNumber ?? "", request.Payee.HolderName ?? "");
        var outcome = await resolutions.DraftAsync(tenant, new ResolutionDraft(resolutionId, commitmentId, title, amount, payee, instanceId), user.UserId, cancellationToken);
        switch (outcome)
        {
            case ResolutionDraftOutcome.Invalid invalid:
                return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", invalid.Errors);
            case ResolutionDraftOutcome.Refused refused:
                return ProblemResults.Result(context, 422, "지출결의할 수 없습니다.", refused.Message,
                    new Dictionary<string, string[]> { ["amountWon"] = [refused.Message] });
            case ResolutionDraftOutcome.PayeeNotConfirmed notConfirmed:
                return ProblemResults.Result(context, 422, "예금주를 확인하지 못해 지급할 수 없습니다.",
                    $"{notConfirmed.Verification.BankName} {notConfirmed.Verification.AccountNumberMasked}: {notConfirmed.Verification.ResponseMessage}",
                    new Dictionary<string, string[]> { ["payee.holderName"] = [$"은행 확인 결과: {notConfirmed.Verification.ResponseMessage}"] });
            case ResolutionDraftOutcome.BankUnavailable unavailable:
                return ProblemResults.Result(context, 503, "금고(은행)가 응답하지 않습니다.", "잠시 후 같은 Idempotency-Key로 다시 요청하세요. " + unavailable.Message);
        }
        var resolution = ((ResolutionDraftOutcome.Drafted)outcome).Resolution;
        var lineRefused = await ExecutionHttp.StartLineAsync(context, tenant, user, approvalLine,
            new ApprovalDocument(CompleteResolutionFunction.DocumentKind, resolutionId, $"지출결의: {title}", amount), instanceId,
            CompleteResolutionFunction.QueueName, workflows,
            () => resolutions.CompleteAsync(tenant, resolutionId, ApprovalVerdict.Withdrawn, user.UserId, cancellationToken), cancellationToken);
        return lineRefused ?? Results.Created($"/api/tenants/{tenantId}/resolutions/{resolutionId}", ResolutionView.From(resolution));
    }

    public sealed record ResolutionBody(string? CommitmentId, string? Title, long? AmountWon, PayeeBody? Payee, IReadOnlyList<string?>? Line);

    public sealed record PayeeBody(string? BankCode, string? AccountNumber, string? HolderName);
}
