using LoFin.Application.Payments.Bank;
using LoFin.Application.Payments.Payees;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Payees;

/// <summary>
/// 예금주 조회: an official asks the treasury bank whether an account is open and bears the payee's
/// name, before a payment is ordered to it. The answer shows the account and the bank's name for
/// the holder masked, and the id of the record kept as proof of the check.
/// </summary>
public static class VerifyPayeeAccountFunction
{
    public const string Name = "VerifyPayeeAccount";

    /// <summary>Those who draft, resolve, order and pay expenditures (부서 회계담당, 재무관, 지출원, 출납원).</summary>
    public static readonly string[] AllowedRoles = [Roles.DepartmentClerk, Roles.FinanceOfficer, Roles.DisbursingOfficer, Roles.Cashier];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/payees/verifications", HandleAsync).WithName(Name)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(CurrentUser.RoleClaim, AllowedRoles))
            .WithSummary("예금주 조회 (지급 전 계좌 확인)");

    private static async Task<IResult> HandleAsync(string tenantId, VerifyPayeeAccountRequest request, HttpContext context,
        VerifyPayeeAccount verify, CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(tenantId);
        var user = CurrentUser.From(context.User)!;
        var outcome = await verify.ExecuteAsync(tenant, user.UserId, request.BankCode, request.AccountNumber, request.HolderName, cancellationToken);
        return outcome switch
        {
            PayeeVerificationOutcome.Verified { Record: var record } => Results.Ok(PayeeVerificationView.From(record)),
            PayeeVerificationOutcome.Invalid invalid => ProblemResults.Result(context, StatusCodes.Status400BadRequest, "입력값이 올바르지 않습니다.",
                "확인할 항목: " + string.Join(", ", invalid.Errors.Keys), invalid.Errors),
            PayeeVerificationOutcome.BankUnavailable unavailable => Unavailable(context, unavailable.Failure),
            _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}."),
        };
    }

    private static IResult Unavailable(HttpContext context, BankFailure failure)
    {
        context.Response.Headers.RetryAfter = "5";
        return ProblemResults.Result(context, StatusCodes.Status503ServiceUnavailable, "금고(은행)가 응답하지 않습니다.",
            "잠시 후 다시 조회하세요. " + failure.Detail);
    }

    public sealed record VerifyPayeeAccountRequest(string? BankCode, string? AccountNumber, string? HolderName);
}
