using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace LoFin.Functions.Security;

/// <summary>Where the keys and rules for validating a token come from, per hosting mode.</summary>
public interface ITokenValidationSource
{
    Task<TokenValidationParameters> GetParametersAsync(CancellationToken cancellationToken);

    /// <summary>Maps the issuer's claims onto LoFin's (subject, name, tenant, roles).</summary>
    ClaimsIdentity MapIdentity(ClaimsIdentity identity);
}
