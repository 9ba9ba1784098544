using System.Security.Claims;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Security;

/// <summary>The signed-in user as the claims of their token describe them.</summary>
public sealed record CurrentUser(string UserId, string Name, TenantId TenantId, IReadOnlySet<string> Roles)
{
    // Not "tid": Entra ID uses that for its own directory id.
    public const string TenantClaim = "lofin_tenant";
    public const string NameClaim = "name";
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "roles";

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Null when the principal lacks a subject or a valid tenant: such a token grants nothing.</summary>
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var subject = principal.FindFirst(SubjectClaim)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var tenantValue = principal.FindFirst(TenantClaim)?.Value;
        if (subject is null || !TenantId.TryParse(tenantValue, out var tenant))
        {
            return null;
        }
        var roles = principal.FindAll(RoleClaim).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(subject, principal.FindFirst(NameClaim)?.Value ?? subject, tenant, roles);
    }
}
