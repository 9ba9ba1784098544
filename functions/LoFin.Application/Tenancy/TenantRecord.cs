using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Tenancy;

/// <summary>A local government as stored in the national partition (id <c>tenant:{code}</c>).</summary>
public sealed record TenantRecord(TenantId TenantId, string Name, GovernmentLevel Level, string Kind, TenantId? ParentId, string? ParentName) : IDocumentBody
{
    public static string DocumentType => "tenant";

    public static string DocumentId(TenantId tenant) => $"tenant:{tenant.Value}";

    public LocalGovernment ToGovernment() => new(TenantId, Name, Level, Kind, ParentId);
}
