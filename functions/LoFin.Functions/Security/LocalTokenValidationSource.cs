using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace LoFin.Functions.Security;

public sealed class LocalTokenValidationSource(LocalTokenIssuer issuer) : ITokenValidationSource
{
    private readonly TokenValidationParameters _parameters = issuer.ValidationParameters();

    public Task<TokenValidationParameters> GetParametersAsync(CancellationToken cancellationToken) => Task.FromResult(_parameters);

    public ClaimsIdentity MapIdentity(ClaimsIdentity identity) => identity;
}
