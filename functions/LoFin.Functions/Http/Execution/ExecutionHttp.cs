using LoFin.Application.Security;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Problems;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace LoFin.Functions.Http.Execution;

/// <summary>What the budget execution functions (배정, 원인행위, 지출결의, 지급명령) do the same way.</summary>
public static class ExecutionHttp
{
    public const int MaxTitleLength = 200;
    public const int MaxCounterpartyLength = 100;

    public static string Route(string rest) => "/api/tenants/{tenantId}" + rest;

    /// <summary>The ledger refused: 422 with the rule's Korean sentence and its stable code.</summary>
    public static IResult Refused(HttpContext context, ExecutionRefusal refusal)
    {
        ProblemDetails problem = ProblemResults.Create(context, 422, "예산 한도 또는 집행 규칙에 맞지 않습니다.", refusal.Message);
        problem.Extensions["code"] = refusal.Code.ToString();
        return Results.Json(problem, Application.Documents.DocumentJson.Options, ProblemResults.ContentType, 422);
    }

    public static IResult NoBudget(HttpContext context, string line) =>
        ProblemResults.Result(context, 404, "예산을 찾을 수 없습니다.", $"예산과목 {line}에 편성된 예산이 없습니다.",
            new Dictionary<string, string[]> { ["lineKey"] = [$"{line}에 예산이 없습니다."] });

    public static bool TryAmount(HttpContext context, long? amountWon, out long amount, out IResult? problem, bool allowNegative = false)
    {
        amount = amountWon ?? 0;
        var valid = amountWon is { } value && value != 0 && (allowNegative || value > 0) && Math.Abs(value) <= ExecutionLimits.MaxAmountWon;
        problem = valid ? null : ProblemResults.Validation(context, "amountWon",
            allowNegative ? $"금액(원)은 0이 아닌 정수이고 절댓값이 {ExecutionLimits.MaxAmountWon:N0}원 이하입니다." : $"금액(원)은 1원 이상 {ExecutionLimits.MaxAmountWon:N0}원 이하의 정수입니다.");
        return valid;
    }

    public static bool TryText(HttpContext context, string field, string? text, int maxLength, string label, out string value, out IResult? problem)
    {
        value = text?.Trim() ?? "";
        var valid = value.Length is >= 1 && value.Length <= maxLength;
        problem = valid ? null : ProblemResults.Validation(context, field, $"{label}을(를) {maxLength}자 이내로 입력하세요.");
        return valid;
    }

    /// <summary>
    /// Sends an execution document along its approval line, whose end comes back on
    /// <paramref name="completionQueue"/>. Null when the line runs (or already ran: a retry);
    /// else the problem to answer, after <paramref name="onRefused"/> undid what the draft held.
    /// </summary>
    public static async Task<IResult?> StartLineAsync(HttpContext context, TenantId tenant, CurrentUser user, ApprovalLineRequest line, ApprovalDocument document,
        string instanceId, string completionQueue, WorkflowClient workflows, Func<Task> onRefused, CancellationToken cancellationToken)
    {
        var started = await workflows.StartAsync(tenant, ApprovalLineWorkflow.WorkflowName, new ApprovalLineInput(document, line.Drafter, line.Members), instanceId,
            WorkflowCause.User(user.UserId), new WorkflowStartOptions { CompletionQueue = completionQueue, CorrelationId = document.Id }, cancellationToken);
        switch (started.Outcome)
        {
            case WorkflowStartOutcome.Refused:
                await onRefused();
                return ProblemResults.Result(context, 422, "결재선을 시작할 수 없습니다.", started.Reason,
                    new Dictionary<string, string[]> { ["line"] = [started.Reason ?? "결재선을 확인하세요."] });
            case WorkflowStartOutcome.Conflict:
                return ProblemResults.Result(context, 409, "같은 문서의 다른 결재가 이미 있습니다.", "새 Idempotency-Key로 다시 요청하세요.");
            default:
                return null;
        }
    }

    public static IResult BadContinuation(HttpContext context) =>
        ProblemResults.Validation(context, "continuationToken", "이어보기 토큰이 올바르지 않습니다.");
}
