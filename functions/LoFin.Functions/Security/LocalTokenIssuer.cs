using System.Security.Claims;
using LoFin.Application.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LoFin.Functions.Security;

/// <summary>Issues and validates the tokens of the demo users in local mode.</summary>
public sealed class LocalTokenIssuer(SymmetricSecurityKey key, TimeProvider clock)
{
    public const string Issuer = "lofin-local";
    public const string Audience = "lofin";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        var claims = new List<Claim>
        {
            new(CurrentUser.SubjectClaim, user.UserId),
            new(CurrentUser.NameClaim, user.Name),
            new(CurrentUser.TenantClaim, user.TenantId.Value),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(CurrentUser.RoleClaim, r)));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = CurrentUser.NameClaim,
        RoleClaimType = CurrentUser.RoleClaim,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore <= now.AddMinutes(1)) && expires is not null && expires > now;
        },
    };
}
