using System.Net;
using System.Text;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// What a caller knows about one state-changing request or use case. The audit log turns
/// it into an <see cref="AuditRecord"/>: it masks the client address, stamps the time and
/// links the record into the tenant's chain.
/// </summary>
/// <param name="Actor">The user id (a pseudonymous subject, never a name), <see cref="AuditActors.Anonymous"/>, or a system actor.</param>
/// <param name="Action">What was asked, e.g. <c>POST /api/tenants/{tenantId}/workflows/{instanceId}/terminate</c> or a use-case name.</param>
/// <param name="Target">What it was asked of: the concrete path (without query string) or a document id.</param>
/// <param name="Outcome">An HTTP status code or one of <see cref="AuditOutcomes"/>.</param>
/// <param name="ClientAddress">The caller's address; only its network prefix is stored (see <see cref="ClientNetworkMask"/>).</param>
public sealed record AuditEntry(
    TenantId Tenant,
    string Actor,
    IReadOnlyList<string> ActorRoles,
    string Action,
    string Target,
    string Outcome,
    string? CorrelationId = null,
    IPAddress? ClientAddress = null)
{
    public const int MaxActorLength = 256;
    public const int MaxRoles = 32;
    public const int MaxRoleLength = 64;
    public const int MaxActionLength = 512;
    public const int MaxTargetLength = 1024;
    public const int MaxOutcomeLength = 32;
    public const int MaxCorrelationIdLength = 128;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that cannot be stored.</summary>
    public void Validate()
    {
        if (Tenant.IsEmpty)
        {
            throw new ArgumentException("An audit entry needs a tenant.", nameof(Tenant));
        }
        RequireText(Actor, nameof(Actor), MaxActorLength);
        ArgumentNullException.ThrowIfNull(ActorRoles, nameof(ActorRoles));
        if (ActorRoles.Count > MaxRoles)
        {
            throw new ArgumentException($"An audit entry holds at most {MaxRoles} roles.", nameof(ActorRoles));
        }
        foreach (var role in ActorRoles)
        {
            RequireText(role, nameof(ActorRoles), MaxRoleLength);
        }
        RequireText(Action, nameof(Action), MaxActionLength);
        RequireText(Target, nameof(Target), MaxTargetLength);
        if (Target.Contains('?', StringComparison.Ordinal))
        {
            // Query strings carry search terms (names, account numbers): they stay out of the audit log.
            throw new ArgumentException("The audit target must not carry a query string.", nameof(Target));
        }
        RequireText(Outcome, nameof(Outcome), MaxOutcomeLength);
        if (CorrelationId is not null)
        {
            RequireText(CorrelationId, nameof(CorrelationId), MaxCorrelationIdLength);
        }
    }

    private static void RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"Audit field '{field}' must be 1..{maxLength} characters and not blank.", field);
        }
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException($"Audit field '{field}' must not contain control characters.", field);
        }
        try
        {
            // A lone surrogate would be replaced on the way to bytes, so two different
            // strings could hash alike: refuse it here instead.
            StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException($"Audit field '{field}' is not well-formed Unicode.", field, ex);
        }
    }
}
