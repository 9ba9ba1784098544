using LoFin.Application.Execution;
using LoFin.Application.Execution.Allotments;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Middleware;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 예산배정: the budget office allots part of a line's budget to its department for a quarter or a
/// month (a negative amount takes back an unused allotment). Takes <c>Idempotency-Key</c>; the
/// allotment's id is made from it.
/// </summary>
public static class AllotBudgetFunction
{
    public const string Name = "AllotBudget";
    public const int MaxReasonLength = 500;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(ExecutionHttp.Route("/allotments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .RequireIdempotencyKey().WithSummary("예산배정 (분기·월별, 부서에)");

    private static async Task<IResult> HandleAsync(string tenantId, AllotmentBody request, HttpContext context, AllotmentService allotments,
        CancellationToken cancellationToken)
    {
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "예산배정", out var problem);
        if (user is null)
        {
            return problem!;
        }
        if (!BudgetHttp.TryLineKey(context, "lineKey", request.LineKey, out var line, out problem)
            || !ExecutionHttp.TryAmount(context, request.AmountWon, out var amount, out problem, allowNegative: true))
        {
            return problem!;
        }
        if (!AllotmentPeriod.TryParse(request.Period, line.FiscalYear, out var period, out var periodProblem))
        {
            return ProblemResults.Validation(context, "period", periodProblem);
        }
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length > MaxReasonLength)
        {
            return ProblemResults.Validation(context, "reason", $"배정 사유는 {MaxReasonLength}자 이내입니다.");
        }
        var allotmentId = ClientIds.FromKey("allot", user.UserId, context.Request.Headers[IdempotencyKey.HeaderName]!);
        var outcome = await allotments.AllotAsync(TenantId.Parse(tenantId), new AllotmentRequest(allotmentId, line, period, amount, reason), user.UserId, cancellationToken);
        return outcome switch
        {
            { Document: { } allotment } => Results.Created($"/api/tenants/{tenantId}/allotments/{allotmentId}", allotment),
            { Refusal: { } refusal } => ExecutionHttp.Refused(context, refusal),
            _ => ExecutionHttp.NoBudget(context, outcome.MissingLine!),
        };
    }

    public sealed record AllotmentBody(string? LineKey, string? Period, long? AmountWon, string? Reason);
}
