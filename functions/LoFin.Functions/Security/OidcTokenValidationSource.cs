using System.Security.Claims;
using LoFin.Application.Security;
using LoFin.Functions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LoFin.Functions.Security;

/// <summary>
/// Azure mode: tokens from an OpenID Connect issuer (Microsoft Entra ID). Signing keys come
/// from the issuer's metadata and are refreshed by the configuration manager. The local
/// government comes from a configured claim; roles from Entra app roles (<c>roles</c>).
/// </summary>
public sealed class OidcTokenValidationSource : ITokenValidationSource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;
    private readonly OidcSettings _settings;

    public OidcTokenValidationSource(OidcSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Authority) || string.IsNullOrWhiteSpace(settings.Audience))
        {
            throw new InvalidOperationException("Azure mode needs LoFin:Oidc:Authority and LoFin:Oidc:Audience.");
        }
        _settings = settings;
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = settings.RequireHttpsMetadata });
    }

    public async Task<TokenValidationParameters> GetParametersAsync(CancellationToken cancellationToken)
    {
        var configuration = await _configuration.GetConfigurationAsync(cancellationToken);
        return new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = _settings.Audience,
            IssuerSigningKeys = configuration.SigningKeys,
            RoleClaimType = CurrentUser.RoleClaim,
        };
    }

    public ClaimsIdentity MapIdentity(ClaimsIdentity identity)
    {
        var mapped = new ClaimsIdentity(identity.AuthenticationType, CurrentUser.NameClaim, CurrentUser.RoleClaim);
        var subject = identity.FindFirst("oid")?.Value ?? identity.FindFirst("sub")?.Value;
        if (subject is not null)
        {
            mapped.AddClaim(new Claim(CurrentUser.SubjectClaim, subject));
        }
        mapped.AddClaim(new Claim(CurrentUser.NameClaim, identity.FindFirst("name")?.Value ?? subject ?? ""));
        if (identity.FindFirst(_settings.TenantClaim)?.Value is { } tenant)
        {
            mapped.AddClaim(new Claim(CurrentUser.TenantClaim, tenant));
        }
        foreach (var role in identity.FindAll("roles"))
        {
            mapped.AddClaim(new Claim(CurrentUser.RoleClaim, role.Value));
        }
        return mapped;
    }
}
