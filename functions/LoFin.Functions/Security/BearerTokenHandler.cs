using System.Security.Claims;
using System.Text.Encodings.Web;
using LoFin.Application.Security;
using LoFin.Functions.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LoFin.Functions.Security;

/// <summary>
/// Validates <c>Authorization: Bearer</c> tokens. The JwtBearer package does not restore on
/// this project's feed (docs/adr/0004), so this small handler does the same with the
/// IdentityModel token handler and a validation source per mode (local issuer or OIDC).
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ITokenValidationSource validationSource)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private static readonly JsonWebTokenHandler TokenHandler = new() { MapInboundClaims = false };

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 16_384)
        {
            return AuthenticateResult.Fail("Authorization header is not a bearer token.");
        }
        var token = header["Bearer ".Length..].Trim();
        var parameters = await validationSource.GetParametersAsync(Context.RequestAborted);
        var result = await TokenHandler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail("The bearer token is not valid.");
        }
        var identity = validationSource.MapIdentity(result.ClaimsIdentity);
        var principal = new ClaimsPrincipal(identity);
        if (CurrentUser.From(principal) is null)
        {
            return AuthenticateResult.Fail("The token names no user or no local government.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ProblemResults.WriteAsync(Context, StatusCodes.Status401Unauthorized, "인증이 필요합니다.",
            "유효한 bearer 토큰이 필요합니다. 로그인 후 다시 시도하세요.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResults.WriteAsync(Context, StatusCodes.Status403Forbidden, "권한이 없습니다.",
            "이 작업에 필요한 역할이 없습니다.");
}
