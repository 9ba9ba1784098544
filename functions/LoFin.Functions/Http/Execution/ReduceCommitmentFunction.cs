using LoFin.Application.Execution;
using LoFin.Application.Execution.Commitments;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Middleware;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 원인행위 감액: a posted commitment releases what it will not need (a contract settled lower),
/// back to the allotment. Never more than is not yet resolved. Takes <c>Idempotency-Key</c>.
/// </summary>
public static class ReduceCommitmentFunction
{
    public const string Name = "ReduceCommitment";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(ExecutionHttp.Route("/commitments/{commitmentId}/reductions"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .RequireIdempotencyKey().WithSummary("지출원인행위 감액 (미집행 잔액 반납)");

    private static async Task<IResult> HandleAsync(string tenantId, string commitmentId, ReductionBody request, HttpContext context,
        CommitmentService commitments, CancellationToken cancellationToken)
    {
        var user = BudgetHttp.RequireRole(context, Roles.DepartmentClerk, "지출원인행위 감액", out var problem);
        if (user is null)
        {
            return problem!;
        }
        if (!ExecutionHttp.TryAmount(context, request.AmountWon, out var amount, out problem))
        {
            return problem!;
        }
        var reductionId = ClientIds.FromKey("cred", user.UserId, context.Request.Headers[IdempotencyKey.HeaderName]!);
        var outcome = await commitments.ReduceAsync(TenantId.Parse(tenantId), commitmentId, reductionId, amount, user.UserId, cancellationToken);
        return outcome.Document is { } commitment ? Results.Ok(commitment) : ExecutionHttp.Refused(context, outcome.Refusal!);
    }

    public sealed record ReductionBody(long? AmountWon);
}
