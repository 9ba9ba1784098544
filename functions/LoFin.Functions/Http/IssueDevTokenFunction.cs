using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http;

/// <summary>Local mode only: signs in as a demo user and returns a bearer token.</summary>
public static class IssueDevTokenFunction
{
    public const string Name = "IssueDevToken";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/dev/token", HandleAsync).WithName(Name).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("데모 사용자로 로그인 (로컬 모드)");

    private static async Task<IResult> HandleAsync(TokenRequest request, HttpContext context, DemoUserIndex index, IDocumentStore store,
        LocalTokenIssuer issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.User))
        {
            return ProblemResults.Validation(context, "user", "로그인할 사용자 ID를 입력하세요.");
        }
        if (request.User.Length > 64)
        {
            return ProblemResults.Validation(context, "user", "사용자 ID는 64자 이하입니다.");
        }
        if (!index.TryGetTenant(request.User, out var tenant)
            || await store.ReadAsync<UserAccount>(tenant, UserAccount.DocumentId(request.User), cancellationToken) is not { } user)
        {
            return ProblemResults.Validation(context, "user", $"'{request.User}'은(는) 데모 사용자가 아닙니다.");
        }
        return Results.Ok(new TokenResponse(issuer.Issue(user.Body), "Bearer", (int)LocalTokenIssuer.Lifetime.TotalSeconds));
    }

    public sealed record TokenRequest(string? User);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
}
