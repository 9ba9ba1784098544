using LoFin.Application.Budget.Formulation;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// 사정: the budget office sets one line's amount with a reason (required when it differs from the
/// request). <c>etag</c> is the line's as read (tree or an earlier answer); a stale one is 412, so
/// two officers adjusting the same line never overwrite each other unseen.
/// </summary>
public static class AdjustBudgetLineFunction
{
    public const string Name = "AdjustBudgetLine";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/versions/{version}/adjustments"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산 사정 (예산부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string version, AdjustBody request, HttpContext context,
        BudgetFormulationService formulation, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "예산 사정", out problem);
        if (user is null)
        {
            return problem!;
        }
        if (!BudgetHttp.TryLineKey(context, "lineKey", request.LineKey, out var key, out problem))
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        BudgetAmountBody.TryRead(request.NationalWon, request.ProvincialWon, request.MunicipalWon, request.OtherWon, out var amount, errors);
        if (string.IsNullOrWhiteSpace(request.ETag))
        {
            errors["etag"] = ["사정할 과목을 읽을 때 받은 etag를 보내세요."];
        }
        if (errors.Count > 0)
        {
            return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", errors);
        }
        return await BudgetHttp.RunAsync(context, async () => Results.Ok(await formulation.AdjustAsync(TenantId.Parse(tenantId), year, number!.Value,
            new LineAdjustment(key, amount, request.Reason, request.ETag!), user.UserId, cancellationToken)));
    }

    public sealed record AdjustBody(string? LineKey, long? NationalWon, long? ProvincialWon, long? MunicipalWon, long? OtherWon, string? Reason, string? ETag);
}
